package org.spc4j.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A built chart with its output size: write it as PNG or SVG, or take the JFreeChart to adjust
 * it further.
 *
 * <p>Size: the chart is laid out on {@code width x height} units (fonts and line widths are in
 * the same units, so a bigger size gives more room, not bigger text). PNG output multiplies every
 * dimension by {@code scale}: scale 2 gives an image of twice the width and height with the same
 * layout, for print or high-density screens; the PNG records {@code 96 * scale} dots per inch.
 * SVG output is {@code width x height} user units and scales without loss.
 *
 * <p>Works headless ({@code -Djava.awt.headless=true}); needs no display, only fonts.
 *
 * <p>Not thread-safe: the wrapped {@link JFreeChart} is mutable. Build one chart per thread.
 */
public final class SpcChart {

    /** Dots per inch of a PNG at scale 1. */
    public static final double BASE_DPI = 96.0;

    private final JFreeChart chart;
    private final int width;
    private final int height;
    private final double scale;

    SpcChart(JFreeChart chart, int width, int height, double scale) {
        this.chart = Objects.requireNonNull(chart, "chart must not be null");
        Checks.size(width, height);
        Checks.scale(scale);
        this.width = width;
        this.height = height;
        this.scale = scale;
    }

    /** The JFreeChart behind this chart, for callers who want to change it or show it in Swing. */
    public JFreeChart jfreeChart() {
        return chart;
    }

    /** Layout width in chart units. */
    public int width() {
        return width;
    }

    /** Layout height in chart units. */
    public int height() {
        return height;
    }

    /** PNG pixels per chart unit. */
    public double scale() {
        return scale;
    }

    /** Width of the PNG in pixels: {@code round(width * scale)}. */
    public int pixelWidth() {
        return (int) Math.round(width * scale);
    }

    /** Height of the PNG in pixels: {@code round(height * scale)}. */
    public int pixelHeight() {
        return (int) Math.round(height * scale);
    }

    /** Renders the chart into an RGB image of {@link #pixelWidth()} x {@link #pixelHeight()}. */
    public BufferedImage toImage() {
        return toImage(null);
    }

    /**
     * Renders the chart and records where things went in {@code info} (may be null). Coordinates
     * in {@code info} are in chart units: multiply by {@link #scale()} for pixels.
     */
    public BufferedImage toImage(ChartRenderingInfo info) {
        BufferedImage image = new BufferedImage(pixelWidth(), pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** The chart as PNG bytes. */
    public byte[] toPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writePng(toImage(), out);
        } catch (IOException e) {
            throw new IllegalStateException("writing a PNG into memory failed", e);
        }
        return out.toByteArray();
    }

    /** Writes the chart as a PNG file, replacing an existing file. */
    public void writePng(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        BufferedImage image = toImage();
        try (OutputStream out = Files.newOutputStream(file)) {
            writePng(image, out);
        }
    }

    private void writePng(BufferedImage image, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            withResolution(metadata, BASE_DPI * scale);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** Sets the PNG pHYs chunk: pixels per metre for the given dots per inch. */
    private static void withResolution(IIOMetadata metadata, double dpi) throws IOException {
        String format = "javax_imageio_png_1.0";
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(format);
        root.appendChild(phys);
        try {
            metadata.mergeTree(format, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException(String.format(Locale.ROOT, "cannot set PNG resolution %s dpi", dpi), e);
        }
    }

    /**
     * The chart as a standalone SVG document: {@code width x height} with a matching
     * {@code viewBox}, so it scales when a page sets another size. Text stays text.
     */
    public String toSvg() {
        return XML_DECLARATION + svgElement() + "\n";
    }

    /** Writes the chart as an SVG file (UTF-8), replacing an existing file. */
    public void writeSvg(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        String svg = svgElement();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) { // no second copy of a large document
            out.write(XML_DECLARATION);
            out.write(svg);
            out.write("\n");
        }
    }

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /**
     * The svg element. Coordinates are written with two decimals (a hundredth of a unit, far
     * below a pixel at any zoom a page uses), not the 16 digits of a double: a chart of many
     * shapes (a long series' flagged points) is then less than half the size.
     */
    private String svgElement() {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setGeomDoubleConverter(SpcChart::twoDecimals);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }

    /** The value rounded to two decimals, as {@link Double#toString} writes it (400.0, 583.94). */
    static String twoDecimals(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e12) {
            return Double.toString(value);
        }
        double rounded = Math.round(value * 100) / 100.0;
        return Double.toString(rounded == 0 ? 0.0 : rounded);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SpcChart[%s, %d x %d, scale %s]",
                chart.getTitle() == null ? "untitled" : "'" + chart.getTitle().getText() + "'", width, height, scale);
    }
}
