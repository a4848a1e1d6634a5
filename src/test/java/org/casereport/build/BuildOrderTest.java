package org.casereport.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.casereport.cli.Main;
import org.casereport.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parallel build tells each case's diagnostics in case order, like {@code make -O}: the slow first case's
 * warnings come before the errors of the two broken cases after it, although those finish first. The progress
 * lines still come as cases finish.
 */
class BuildOrderTest {
    @TempDir
    Path tmp;

    /** a-slow: the example (rendered, with warnings); b-broken, c-broken: front matter that does not parse. */
    private Path threeCases() throws IOException {
        Path cases = tmp.resolve("cases");
        BuildTest.copyCase(cases, "a-slow", null);
        for (String broken : List.of("b-broken", "c-broken")) {
            Path dir = BuildTest.copyCase(cases, broken, null);
            Files.writeString(dir.resolve("case.md"), "---\ntitle: [an unclosed list\n---\n\n# Case\n\nText.\n");
        }
        return cases;
    }

    private static String folder(Diagnostic d) {
        Path p = Path.of(d.pos().file()).toAbsolutePath().normalize();
        for (Path q = p; q != null; q = q.getParent()) {
            if (q.getParent() != null && q.getParent().getFileName() != null && q.getParent().getFileName().toString().equals("cases")) {
                return q.getFileName().toString();
            }
        }
        return p.toString();
    }

    @Test
    void diagnosticsComeInCaseOrderWhateverOrderCasesFinishIn() throws IOException {
        Path cases = threeCases();
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        List<String> told = Collections.synchronizedList(new ArrayList<>());
        List<Integer> indexes = new ArrayList<>();
        List<String> diagnosticFolders = new ArrayList<>();
        Build.Options o = new Build.Options(tmp.resolve("out"), BuildTest.TEMPLATES, Build.Mode.BUILD, List.of("pdf", "docx"), 3, false, false);
        Build.Summary s = Build.run(List.of(cases), o, new Build.Listener() {
            @Override
            public void finished(Build.CaseResult r, int done, int total) {
                finished.add(r.caseDir().getFileName().toString());
            }

            @Override
            public void inOrder(Build.CaseResult r, int index, int total) {
                told.add(r.caseDir().getFileName().toString());
                indexes.add(index);
                for (Diagnostic d : r.diagnostics()) diagnosticFolders.add(folder(d));
            }
        });
        assertEquals(1, s.count(Build.Status.BUILT), s.cases().toString());
        assertEquals(2, s.count(Build.Status.FAILED), s.cases().toString());
        // the broken cases are read in milliseconds, the example takes a full render: it finishes last
        assertNotEquals("a-slow", finished.get(0), "the test needs a case that finishes before an earlier one: " + finished);
        assertEquals(List.of("a-slow", "b-broken", "c-broken"), told);
        assertEquals(List.of(0, 1, 2), indexes);
        List<String> sorted = new ArrayList<>(diagnosticFolders);
        Collections.sort(sorted);
        assertEquals(sorted, diagnosticFolders, "every diagnostic of a case before those of the next case");
        assertTrue(diagnosticFolders.contains("a-slow") && diagnosticFolders.contains("c-broken"), diagnosticFolders.toString());
    }

    @Test
    void theCommandPrintsTheDiagnosticsInCaseOrderWithSeveralJobs() throws IOException {
        Path cases = threeCases();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", cases.toString(), "--output", tmp.resolve("out").toString(),
                "--templates", BuildTest.TEMPLATES.toString(), "--jobs", "3", "--progress"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, code, err.toString());
        List<String> lines = err.toString().lines().toList();
        List<String> order = new ArrayList<>();
        for (String l : lines) {
            for (String c : List.of("a-slow", "b-broken", "c-broken")) {
                if (l.startsWith(cases.resolve(c).toString()) && (order.isEmpty() || !order.get(order.size() - 1).equals(c))) order.add(c);
            }
        }
        assertEquals(List.of("a-slow", "b-broken", "c-broken"), order, "stderr, case by case:\n" + err);
        // progress lines come as cases finish: the example's line is the last of the three
        List<String> progress = out.toString().lines().filter(l -> l.startsWith("[")).toList();
        assertEquals(3, progress.size(), out.toString());
        assertTrue(progress.get(2).contains("a-slow"), "the slow case finishes last: " + progress);
    }
}
