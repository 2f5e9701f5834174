package org.spc4j.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SpcChartTest {

    @TempDir
    Path dir;

    @Test
    void writePng_sizeAndResolutionFollowTheScale() throws Exception {
        SpcChart chart = SpcCharts.pareto(Map.of("a", 3, "b", 1)).size(400, 300).scale(2).build();
        Path file = dir.resolve("p.png");
        chart.writePng(file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(800).isEqualTo(chart.pixelWidth());
        assertThat(image.getHeight()).isEqualTo(600).isEqualTo(chart.pixelHeight());
        assertThat(pixelsPerMetre(Files.readAllBytes(file))).isEqualTo(Math.round(192 / 0.0254)); // 192 dpi
        assertThat(chart.toPng()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void writeSvg_isWellFormedWithSizeAndViewBox() throws Exception {
        SpcChart chart = SpcCharts.pareto(Map.of("a & b", 3, "<c>", 1)).size(400, 300).build();
        Path file = dir.resolve("p.svg");
        chart.writeSvg(file);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        Element svg = doc.getDocumentElement();
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("width")).isEqualTo("400.0");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0.0 0.0 400.0 300.0");
        assertThat(Files.readString(file)).contains("a &amp; b").contains("&lt;c&gt;");
    }

    @Test
    void svg_writesCoordinatesWithTwoDecimals_andTheFileHoldsWhatToSvgGives() throws Exception {
        assertThat(SpcChart.twoDecimals(583.9400024414062)).isEqualTo("583.94");
        assertThat(SpcChart.twoDecimals(400)).isEqualTo("400.0");
        assertThat(SpcChart.twoDecimals(-0.004)).isEqualTo("0.0");
        assertThat(SpcChart.twoDecimals(-12.345678)).isEqualTo("-12.35");
        assertThat(SpcChart.twoDecimals(1e15)).isEqualTo("1.0E15");
        SpcChart chart = SpcCharts.controlChart(TestData.pistonRingsXbarR()).build();
        Path file = dir.resolve("c.svg");
        chart.writeSvg(file);
        String svg = chart.toSvg();
        String ids = "_[0-9]+clip"; // clip ids are made unique per document
        assertThat(Files.readString(file).replaceAll(ids, "clip")).isEqualTo(svg.replaceAll(ids, "clip"));
        assertThat(svg).doesNotContainPattern("[0-9]\\.[0-9]{3,}[,' LMCQZ]");
    }

    @Test
    void toString_namesTitleAndSize() {
        SpcChart chart = SpcCharts.pareto(Map.of("a", 3)).title("Defects").build();
        assertThat(chart).hasToString("SpcChart['Defects', 800 x 500, scale 1.0]");
    }

    private static long pixelsPerMetre(byte[] png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            return Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis"));
        }
    }
}
