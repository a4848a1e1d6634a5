package org.casereport.cli;

import org.casereport.build.Watchdog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casereport.diag.Diagnostic;
import org.casereport.read.CaseReader;

/** Case folders named on the command line: a case folder itself, or a folder of case folders. */
final class Cases {
    private Cases() {
    }

    static List<Path> expand(List<Path> args) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (Files.isRegularFile(p.resolve(CaseReader.CASE_FILE)) || !Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> s = Files.list(p)) {
                List<Path> inner = s.filter(d -> Files.isRegularFile(d.resolve(CaseReader.CASE_FILE))).sorted().toList();
                if (inner.isEmpty()) out.add(p); else out.addAll(inner);
            }
        }
        return out;
    }

    /** The work for one case, returning its exit code. */
    interface Work {
        int run() throws IOException;
    }

    /**
     * Runs the work for one case under the {@link Watchdog} and turns whatever it throws into lines on
     * {@code err} and an exit code, so that the caller goes on with the next case.
     */
    static int guarded(Path caseDir, PrintWriter err, Work work) {
        try {
            return Watchdog.run(caseDir.resolve(CaseReader.CASE_FILE), work::run);
        } catch (Throwable e) { // contained: one case never stops the others
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError || e instanceof OutOfMemoryError)) throw (Error) e;
            return Main.report(e, err);
        }
    }

    /** Prints diagnostics one a line; returns whether any was an error. */
    static boolean print(List<Diagnostic> diagnostics, PrintWriter err) {
        boolean errors = false;
        for (Diagnostic d : diagnostics) {
            err.println(d);
            errors |= d.severity() == org.casereport.diag.Severity.ERROR;
        }
        err.flush();
        return errors;
    }
}
