package org.spc4j.bench.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The three ingest variants read the same values, spc4j's parallel path included (a 9 MB file). */
class CsvIngestBenchmarkTest {

    @Test
    void allVariants_readTheSameValues() throws Exception {
        CsvIngestBenchmark b = new CsvIngestBenchmark();
        b.megabytes = 9; // above the 8 MB from which spc4j reads in parallel
        b.writeFile();
        try {
            double[] commons = b.commonsCsvSequential();
            assertThat(commons.length).isGreaterThan(400_000);
            assertThat(b.lineSplit()).isEqualTo(commons);
            assertThat(b.spc4j().values()).isEqualTo(commons);
        } finally {
            b.deleteFile();
        }
    }
}
