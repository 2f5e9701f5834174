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

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/** Runs the README's JShell snippet as written, in a real JShell, and checks what it prints. */
class ReadmeTest {

    static String jshellSnippet() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## JShell");
        int start = readme.indexOf("```java", section) + "```java".length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end).strip();
    }

    @Test
    void readmeJShellSnippet_runsAsWritten() throws Exception {
        String code = jshellSnippet();
        assertThat(code.lines().count()).isLessThanOrEqualTo(8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> problems = new ArrayList<>();
        try (JShell shell = JShell.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8)).build()) {
            for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                    .split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
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
        assertThat(problems).isEmpty();
        String printed = out.toString(StandardCharsets.UTF_8);
        // mean of the 15 values 74.006267 and Rbar/d2(5) = 0.031/2.32592894728104, computed by hand
        assertThat(printed).contains("XBAR_R limits", "center 74.00627, sigma 0.01332801", "xbar chart, 3 points", "UCL");
    }
}
