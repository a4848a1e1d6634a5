package org.casereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Maven build step: fails on errors, on warnings only with --strict, renders what is sound. */
class BuildCommandTest {
    @TempDir
    Path out;

    @Test
    void theExampleCasesBuildWithWarningsOnly() {
        CommandLineTest.Result r = CommandLineTest.run("build", "cases", "--output", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("0 error(s)"), r.out());
        // every example case: the Russian-body ones and the English-body one
        for (String c : java.util.List.of("venetoclax-aml-after-neuroblastoma", "hlh-after-pneumonia", "lch-braf-inhibitor-infant")) {
            assertTrue(Files.isRegularFile(out.resolve(c + "/" + c + ".pdf")), c);
            assertTrue(Files.isRegularFile(out.resolve(c + "/" + c + ".docx")), c);
        }
    }

    @Test
    void strictMakesWarningsFailTheBuild() {
        CommandLineTest.Result r = CommandLineTest.run("build", "cases", "--output", out.toString(), "--strict");
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        assertTrue(r.err().contains(": warning: "), r.err());
    }

    @Test
    void aBrokenCaseFailsTheBuildAndIsNotRendered() {
        CommandLineTest.Result r = CommandLineTest.run("build", "src/test/resources/errors", "--output", out.toString());
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        assertTrue(r.err().contains("src/test/resources/errors/unknown-citation-key/case.md:28:18: error: unknown citation key '@smtih2021' [cite-unknown-key]"), r.err());
        assertFalse(Files.exists(out.resolve("unknown-citation-key")), "nothing rendered for a case with errors");
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }
}
