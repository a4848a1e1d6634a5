package org.casereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        Result r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("render") && r.out().contains("build"), r.out());
    }

    @Test
    void renderHelpNamesOptionsAndExitCodes() {
        Result r = run("render", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--output") && r.out().contains("--format") && r.out().contains("Exit codes"), r.out());
    }

    @Test
    void version() {
        Result r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("casereport "), r.out());
    }

    @Test
    void unknownFormatListsTheKnownOnes() {
        Result r = run("render", "cases/venetoclax-aml-after-neuroblastoma", "--format", "pdf,odt");
        assertEquals(ExitCodes.CANNOT_RUN, r.code());
        assertEquals("casereport: unknown output format 'odt'; known formats: pdf, docx", r.err().strip());
    }

    @Test
    void notACaseFolder() {
        Result r = run("render", "src/test/resources/no-such-case");
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        assertEquals("src/test/resources/no-such-case: error: not a case folder (no case.md) [case-missing]", r.err().strip());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result r = run("render", "cases", "--colour");
        assertEquals(ExitCodes.CANNOT_RUN, r.code());
        assertTrue(r.err().contains("Unknown option: '--colour'"), r.err());
    }

    @Test
    void aTemplateReachingOutsideFailsTheRenderAndWritesNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out)
            throws java.io.IOException {
        Result r = run("render", "src/test/resources/sandbox/reaching-template", "--output", out.toString());
        assertEquals(ExitCodes.CANNOT_RUN, r.code());
        assertEquals("casereport: the journal template asked for files outside the case and template folders or on the "
                + "network, which were refused: file:///etc/hostname, http://example.org/tracker.png", r.err().strip());
        try (var files = java.nio.file.Files.walk(out)) {
            assertEquals(0, files.filter(java.nio.file.Files::isRegularFile).count(), "no output file");
        }
    }
}
