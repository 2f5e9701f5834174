/**
 * spc4j core: control-chart constants, accurate mergeable accumulators and control charts.
 * Depends on Apache Commons Math 3 only; knows nothing of files, JSON, charts or threads.
 */
module org.spc4j.core {
    requires commons.math3;
    // Optional: with --add-modules jdk.incubator.vector the run rules classify points with SIMD
    // comparisons (RuleEvaluator.SIMD); without it they take the scalar path, with the same results.
    requires static jdk.incubator.vector;

    exports org.spc4j.core.constants;
    exports org.spc4j.core.stats;
    exports org.spc4j.core.control;
    exports org.spc4j.core.capability;
    exports org.spc4j.core.pareto;
    exports org.spc4j.core.rules;
}
