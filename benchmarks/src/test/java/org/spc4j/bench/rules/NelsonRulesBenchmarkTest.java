package org.spc4j.bench.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spc4j.core.rules.RuleViolations;

/** The benchmarked variants compute the same thing. */
class NelsonRulesBenchmarkTest {

    @Test
    void evaluatorAndBatch_findTheSameViolations() {
        NelsonRulesBenchmark b = new NelsonRulesBenchmark();
        b.size = 200_000;
        b.setUp();
        RuleViolations batch = (RuleViolations) b.nelsonBatch();
        assertThat(batch.violations()).isNotEmpty();
        assertThat(b.nelsonEvaluator()).isEqualTo(batch.violations().size());
        assertThat(b.arraySum()).isFinite();
        assertThat(((RuleViolations) b.nelsonChart()).violations()).isEqualTo(batch.violations());
        // Same JVM, so the same classifier as above; the scalar one is pinned to it in spc-core's BlockPathTest.
        assertThat(((RuleViolations) b.nelsonBatchScalar()).violations()).isEqualTo(batch.violations());
        assertThat(((RuleViolations) b.nelsonChartScalar()).violations()).isEqualTo(batch.violations());
    }
}
