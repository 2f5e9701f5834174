package org.spc4j.cli;

import org.spc4j.io.csv.SpcCsvReader;
import picocli.CommandLine.Option;

/** The measurement column and how values form subgroups; shared by chart and capability. */
final class SubgroupOptions {

    @Option(names = "--value", required = true, paramLabel = "COL",
            description = "Column of the measurements (counts for attribute charts).")
    String value;

    @Option(names = "--subgroup", paramLabel = "COL",
            description = "Subgroup-id column: consecutive equal ids form a subgroup.")
    String subgroup;

    @Option(names = "--subgroup-size", paramLabel = "N", description = "Consecutive values form subgroups of N.")
    Integer subgroupSize;

    /** A reader of the value column with the subgrouping applied. */
    SpcCsvReader reader(InputOptions input) {
        if (subgroup != null && subgroupSize != null) {
            throw new IllegalArgumentException("give either --subgroup or --subgroup-size, not both");
        }
        SpcCsvReader reader = input.reader().valueColumn(value);
        if (subgroup != null) {
            reader.subgroupColumn(subgroup);
        }
        if (subgroupSize != null) {
            reader.subgroupSize(subgroupSize);
        }
        return reader;
    }
}
