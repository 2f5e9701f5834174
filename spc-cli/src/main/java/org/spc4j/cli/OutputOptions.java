package org.spc4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.spc4j.io.report.ReportFormat;
import picocli.CommandLine.Option;

/** Report format and destination, and picture files; shared by all commands. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json, csv, junit or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--png", paramLabel = "FILE", description = "Also draw the chart as a PNG picture.")
    Path png;

    @Option(names = "--svg", paramLabel = "FILE", description = "Also draw the chart as an SVG picture.")
    Path svg;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the picture.")
    String title;

    ReportFormat reportFormat() {
        return ReportFormat.parse(format);
    }

    /**
     * Writes the report produced by {@code writer} to the output file or to {@code out}, as it is
     * produced (a per-point report of millions of points is never held whole); a file left half
     * written by a failure is removed.
     */
    void emit(PrintWriter out, Consumer<Writer> writer) throws IOException {
        if (output == null) {
            writer.accept(out);
            out.flush();
            return;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            writer.accept(file);
        } catch (IOException | RuntimeException e) {
            if (Files.isRegularFile(output)) {
                Files.deleteIfExists(output);
            }
            throw e;
        }
    }
}
