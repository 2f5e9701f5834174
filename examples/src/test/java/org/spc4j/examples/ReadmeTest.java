package org.spc4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's examples exactly as written: the JShell snippet in a real JShell after the
 * start-up script {@code examples/spc.jsh}, and the command-line example with the built
 * {@code spc-cli/target/spc.jar} (packaged before this module's tests run), whose output must be
 * the one the README shows.
 */
class ReadmeTest {

    static final Path ROOT = Path.of("..");

    static String readme() throws Exception {
        return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    }

    /** The first fenced block of the given kind after the heading. */
    static String block(String readme, String heading, String fence) {
        int section = readme.indexOf(heading);
        assertThat(section).as("README section " + heading).isNotNegative();
        int start = readme.indexOf("```" + fence + "\n", section) + fence.length() + 4;
        int end = readme.indexOf("```", start);
        return readme.substring(start, end);
    }

    @Test
    void readmeJShellSnippet_runsAsWritten_afterTheStartupScript() throws Exception {
        String readme = readme();
        assertThat(readme).contains("jshell --class-path spc-cli/target/spc.jar examples/spc.jsh");
        String snippet = block(readme, "## JShell", "java").strip();
        assertThat(snippet.lines().count()).isLessThanOrEqualTo(8);
        String startup = Files.readString(ROOT.resolve("examples/spc.jsh"), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> problems = new ArrayList<>();
        try (JShell shell = JShell.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8)).build()) {
            for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                    .split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            for (String code : new String[] {startup, snippet}) {
                String remaining = code;
                while (!remaining.isBlank()) {
                    SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                    for (SnippetEvent event : shell.eval(info.source())) {
                        if (event.status() != Snippet.Status.VALID || event.exception() != null) {
                            problems.add(info.source() + " -> " + event.status() + " "
                                    + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList()
                                    + (event.exception() == null ? "" : " " + event.exception()));
                        }
                    }
                    remaining = info.remaining();
                }
            }
        }
        assertThat(problems).isEmpty();
        String printed = out.toString(StandardCharsets.UTF_8);
        // mean of the 15 values 74.006267 and Rbar/d2(5) = 0.031/2.32592894728104, computed by hand
        assertThat(printed).contains("spc4j ready", "XBAR_R limits", "center 74.00627, sigma 0.01332801",
                "xbar chart, 3 points", "UCL");
    }

    @Test
    void readmeCommandLineExample_runsAsWritten_andPrintsWhatTheReadmeShows() throws Exception {
        String readme = readme();
        String command = block(readme, "## Command line", "sh").strip();
        String shown = block(readme, "## Command line", "text");
        assertThat(readme).contains("`mvn -B -ntp -DskipTests package && " + command + "`"); // the main job
        List<String> args = new ArrayList<>(List.of(command.split(" +")));
        assertThat(args.subList(0, 3)).containsExactly("java", "-jar", "spc-cli/target/spc.jar");
        args.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process p = new ProcessBuilder(args).directory(ROOT.toFile()).redirectErrorStream(false).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(stderr).isEmpty();
        assertThat(stdout).isEqualTo(shown);
        assertThat(p.exitValue()).as("samples 37-39 are out of control").isEqualTo(1);
        assertThat(javax.imageio.ImageIO.read(ROOT.resolve("spc-cli/target/pistonrings.png").toFile()).getWidth())
                .isEqualTo(900);
    }
}
