package org.spc4j.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.spc4j.io.csv.SpcCsvException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code spc} command: checks process data from a CSV file, writes a report and a chart, and
 * answers with its exit code: 0 in control (and capable when a gate is given), 1 rule violations
 * or a failed capability gate, 2 bad input or usage (the message on standard error names file,
 * line and column where relevant).
 */
@Command(name = "spc", mixinStandardHelpOptions = true, versionProvider = Spc.Version.class,
        description = "Statistical process control for CI jobs: control charts with run rules, capability, Pareto.",
        subcommands = {ChartCommand.class, CapabilityCommand.class, ParetoCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 in control (and capable), 1 violations or failed gate, 2 bad input or usage.",
            "Run 'spc help chart' (or capability, pareto) for the options and examples of each command."})
public final class Spc implements Runnable {

    /** Exit code: in control and capable. */
    public static final int OK = 0;
    /** Exit code: rule violations or a failed capability gate. */
    public static final int FAILED = 1;
    /** Exit code: bad input or usage. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: chart, capability or pareto");
    }

    /** Entry point of the executable jar. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line and returns the exit code, writing to the given streams. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Spc());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parse) -> {
            err.println("spc: " + message(e));
            err.flush();
            return BAD_INPUT;
        });
        cl.setParameterExceptionHandler((e, args2) -> {
            err.println("spc: " + e.getMessage());
            if (!(e instanceof CommandLine.UnmatchedArgumentException) || e.getCommandLine() != null) {
                err.println("Try 'spc help " + e.getCommandLine().getCommandName() + "' for the options.");
            }
            err.flush();
            return BAD_INPUT;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (RuntimeException | Error e) {
            // a bug, not a verdict: never let it look like exit 1 (out of control)
            err.println("spc: internal error: " + e);
            code = BAD_INPUT;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static String message(Exception e) {
        if (e instanceof SpcCsvException || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException u) {
            return u.getMessage();
        }
        if (e instanceof java.io.IOException) {
            return "cannot read or write " + e.getMessage();
        }
        return e.toString();
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {org.spc4j.io.json.LimitsFile.libraryVersion()};
        }
    }
}
