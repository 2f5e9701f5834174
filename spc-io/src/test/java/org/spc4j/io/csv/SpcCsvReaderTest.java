package org.spc4j.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spc4j.core.control.ChartSpec;
import org.spc4j.core.control.Subgroups;

class SpcCsvReaderTest {

    @TempDir
    Path dir;

    private static ProcessData read(SpcCsvReader reader, String csv) {
        return reader.read(new StringReader(csv), "test.csv");
    }

    private static SpcCsvException error(SpcCsvReader reader, String csv) {
        try {
            read(reader, csv);
        } catch (SpcCsvException e) {
            return e;
        }
        throw new AssertionError("expected an SpcCsvException");
    }

    /* --------------- reading the repository's example data --------------- */

    @Test
    void pistonRings_subgroupColumn_givesQccLimits() throws Exception {
        Path file = dir.resolve("pistonrings.csv");
        Files.copy(getClass().getResourceAsStream("/pistonrings.csv"), file);
        ProcessData data = SpcCsv.reader().valueColumn("diameter").subgroupColumn("sample").read(file);
        assertThat(data.rowCount()).isEqualTo(200);
        assertThat(data.subgroupCount()).isEqualTo(40);
        assertThat(data.labels()).startsWith("1", "2").endsWith("40");
        assertThat(data.sha256()).hasSize(64);
        Subgroups trial = data.subgroups().slice(0, 25);
        // qcc: center 74.00118, LCL 73.98805, UCL 74.0143 (printed-table d2)
        var limits = ChartSpec.xbarR().withConstants(org.spc4j.core.constants.ControlConstants.Table.PRINTED).fit(trial);
        assertThat(limits.center()).isBetween(74.001175, 74.001185);
        assertThat(data.subgroups().label(39)).isEqualTo("40");
    }

    @Test
    void fixedSubgroupSize_equalsSubgroupColumn() {
        String csv = "x\n1\n2\n3\n4\n5\n6\n";
        ProcessData data = read(SpcCsv.reader().valueColumn("x").subgroupSize(3), csv);
        assertThat(data.subgroupCount()).isEqualTo(2);
        assertThat(data.subgroups().size(1)).isEqualTo(3);
        assertThat(data.subgroups().value(1, 0)).isEqualTo(4.0);
    }

    @Test
    void wideFormat_eachRowIsASubgroup() {
        ProcessData data = read(SpcCsv.reader().valueColumn("a").valueColumn("b").valueColumn(3),
                "id,a,b,c\n1,1.5,2.5,3.5\n2,4,5,6\n");
        assertThat(data.subgroupCount()).isEqualTo(2);
        assertThat(data.values()).containsExactly(1.5, 2.5, 3.5, 4, 5, 6);
    }

    /* --------------- dialects --------------- */

    @Test
    void europeanExport_semicolonDecimalCommaBomCrlfCommentsQuotes() {
        String csv = "\uFEFF# exported by a European tool\r\nbatch;\"value\"\r\n1;\"34,05\"\r\n# a comment\r\n2;34,40\r\n\r\n3;-1,5e2\r\n";
        ProcessData data = read(SpcCsv.reader().delimiter(';').decimalSeparator(',').valueColumn("value")
                .labelColumn("batch"), csv);
        assertThat(data.values()).containsExactly(34.05, 34.40, -150.0);
        assertThat(data.labels()).containsExactly("1", "2", "3");
    }

    @Test
    void quotedFieldWithLineBreak_linesStillRight() {
        String csv = "note,x\n\"two\nlines\",1\nok,abc\n";
        SpcCsvException e = error(SpcCsv.reader().valueColumn("x"), csv);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void noHeader_columnsByIndex() {
        ProcessData data = read(SpcCsv.reader().noHeader().valueColumn(1), "a,1\nb,2\n");
        assertThat(data.values()).containsExactly(1, 2);
    }

    @Test
    void timesStagesAndSizes() {
        String csv = "t,stage,d,n\n2026-01-05T08:00:00Z,A,3,50\n2026-01-05 09:30,A,2,40\n2026-01-06,B,5,50\n1767225600,B,4,45\n";
        ProcessData data = read(SpcCsv.reader().valueColumn("d").sizeColumn("n").timeColumn("t").stageColumn("stage"), csv);
        assertThat(data.times()).containsExactly(Instant.parse("2026-01-05T08:00:00Z"), Instant.parse("2026-01-05T09:30:00Z"),
                Instant.parse("2026-01-06T00:00:00Z"), Instant.ofEpochSecond(1767225600L));
        assertThat(data.sampleSizes()).containsExactly(50, 40, 50, 45);
        assertThat(data.subgroups().stage(2)).isEqualTo("B");
    }

    /* --------------- problems: file, line, column --------------- */

    @Test
    void nonNumericValue_namesFileLineColumnAndValue() {
        SpcCsvException e = error(SpcCsv.reader().valueColumn("x"), "id,x\n1,2.5\n2,abc\n");
        assertThat(e).hasMessage("test.csv, line 3, column 2: 'abc' is not a number (column 'x')");
        assertThat(error(SpcCsv.reader().valueColumn("x"), "x\nNaN\n").getMessage()).contains("'NaN' is not a number");
        assertThat(error(SpcCsv.reader().valueColumn("x"), "x\n1e999\n").getMessage()).contains("not a finite number");
        assertThat(error(SpcCsv.reader().valueColumn("x"), "x\n0x1p3\n").getMessage()).contains("'0x1p3'");
        assertThat(error(SpcCsv.reader().valueColumn("x"), "x\n1.5d\n").getMessage()).contains("'1.5d'");
        assertThat(error(SpcCsv.reader().valueColumn("x"), "id,x\n1,\n").getMessage()).contains("line 2, column 2: empty value");
        assertThat(error(SpcCsv.reader().decimalSeparator(',').delimiter(';').valueColumn("x"), "x\n1.234,5\n").getMessage())
                .contains("'1.234,5' contains '.'");
    }

    @Test
    void missingColumn_listsColumnsThatExist() {
        SpcCsvException e = error(SpcCsv.reader().valueColumn("diameter"), "sample,diam\n1,2\n");
        assertThat(e.getMessage()).isEqualTo("test.csv, line 1: no value column 'diameter'; the columns are [sample, diam]");
    }

    @Test
    void emptyFile_headerOnly_inconsistentRow() {
        assertThat(error(SpcCsv.reader().valueColumn("x"), "").getMessage()).contains("the file is empty");
        assertThat(error(SpcCsv.reader().valueColumn("x"), "x\n").getMessage()).contains("no data rows (a header only)");
        assertThat(error(SpcCsv.reader().valueColumn("y"), "x,y\n1,2\n3\n").getMessage())
                .isEqualTo("test.csv, line 3: the row has 1 fields, 2 needed (the header has 2)");
    }

    @Test
    void incompleteLastSubgroup_andStageInsideSubgroup() {
        assertThat(error(SpcCsv.reader().valueColumn("x").subgroupSize(2), "x\n1\n2\n3\n").getMessage())
                .contains("line 4").contains("last subgroup (from this line) has 1 of 2 values");
        assertThat(error(SpcCsv.reader().valueColumn("x").subgroupColumn("g").stageColumn("s"),
                "g,s,x\n1,A,1\n1,B,2\n").getMessage()).contains("line 3, column 2: stage 'B' changes inside a subgroup");
    }

    /* --------------- SKIP policy --------------- */

    @Test
    void skipPolicy_keepsGoing_listsEverySkippedRow() {
        String csv = "id,x\n1,1.0\n2,oops\n3,3.0\n4\n5,Infinity\n6,6.0\n";
        ProcessData data = read(SpcCsv.reader().valueColumn("x").labelColumn("id").policy(ErrorPolicy.SKIP), csv);
        assertThat(data.values()).containsExactly(1.0, 3.0, 6.0);
        assertThat(data.labels()).containsExactly("1", "3", "6");
        assertThat(data.rowCount()).isEqualTo(6);
        assertThat(data.skipped()).extracting(SkippedRow::line).containsExactly(3L, 5L, 6L);
        assertThat(data.skipped().get(0)).isEqualTo(new SkippedRow(3, 2, "'oops' is not a number (column 'x')"));
        assertThat(data.skipped().get(1).column()).isZero();
        assertThat(data.toString()).contains("3 skipped");
    }

    @Test
    void skipPolicy_allRowsBad_isStillAnError() {
        assertThat(error(SpcCsv.reader().valueColumn("x").policy(ErrorPolicy.SKIP), "x\na\nb\n").getMessage())
                .contains("no usable rows: all 2 rows were skipped");
    }

    @Test
    void fileRead_utf8_andIoErrorsNamed() throws Exception {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, "x\n1\n2\n", StandardCharsets.UTF_8);
        assertThat(SpcCsv.reader().valueColumn("x").read(file).valueCount()).isEqualTo(2);
        assertThatThrownBy(() -> SpcCsv.reader().valueColumn("x").read(dir.resolve("missing.csv")))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("missing.csv");
    }

    @Test
    void misconfiguration_throwsIllegalState() {
        assertThatThrownBy(() -> read(SpcCsv.reader(), "x\n1\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no value column");
        assertThatThrownBy(() -> SpcCsv.reader().decimalSeparator(';')).hasMessageContaining("';'");
        assertThatThrownBy(() -> SpcCsv.reader().subgroupSize(0)).hasMessageContaining("was 0");
        assertThat(List.of(SpcCsvReader.isPlainNumber("1."), SpcCsvReader.isPlainNumber(".5"),
                SpcCsvReader.isPlainNumber("-2e-3"), SpcCsvReader.isPlainNumber("e3"), SpcCsvReader.isPlainNumber("1e")))
                .containsExactly(true, true, true, false, false);
    }
}
