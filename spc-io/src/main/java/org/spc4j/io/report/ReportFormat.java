package org.spc4j.io.report;

import java.util.Locale;

/** Output formats of a report. */
public enum ReportFormat {
    /** A readable table for a terminal. */
    TEXT,
    /** The documented JSON schema (see docs/report-schema.md), with {@code schemaVersion}. */
    JSON,
    /** One CSV row per plotted point (charts) or per index/category (capability, Pareto). */
    CSV,
    /** JUnit XML: each enabled rule (or capability gate) is a test case that fails when violated. */
    JUNIT,
    /** A Markdown summary for a CI job's page. */
    MARKDOWN;

    /** Parses a format name case-insensitively, naming the valid ones when it is not one. */
    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "'; use text, json, csv, junit or markdown");
        }
    }
}
