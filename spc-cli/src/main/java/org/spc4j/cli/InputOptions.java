package org.spc4j.cli;

import java.nio.file.Path;

import org.spc4j.io.csv.ErrorPolicy;
import org.spc4j.io.csv.SpcCsv;
import org.spc4j.io.csv.SpcCsvReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where the data come from and how the CSV is read; shared by all commands. */
final class InputOptions {

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV file with a header row (UTF-8).")
    Path file;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "Field delimiter (default: ${DEFAULT-VALUE}); use ';' for European exports.")
    char delimiter;

    @Option(names = "--decimal-comma", description = "Numbers use a decimal comma (e.g. 74,030).")
    boolean decimalComma;

    @Option(names = "--skip-bad-rows",
            description = "Skip rows that cannot be read and list them in the report (default: stop at the first).")
    boolean skipBadRows;

    SpcCsvReader reader() {
        return SpcCsv.reader().delimiter(delimiter).decimalSeparator(decimalComma ? ',' : '.')
                .policy(skipBadRows ? ErrorPolicy.SKIP : ErrorPolicy.ERROR);
    }
}
