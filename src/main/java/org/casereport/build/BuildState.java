package org.casereport.build;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Severity;
import org.casereport.diag.SourcePos;

/**
 * What the last build of each case left: {@code <output>/.casereport/<mode>/<case-folder>.json} holds the case's
 * fingerprint, the outputs written (with their size and time, so a deleted or replaced output is noticed) and
 * the diagnostics reported, which an up-to-date case reports again. Written to a temporary file and moved into
 * place; an unreadable state file only means the case is built again.
 */
final class BuildState {
    static final String FOLDER = ".casereport";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private BuildState() {
    }

    record Output(String format, String path, long size, long modified) {
        boolean unchanged() {
            try {
                Path p = Path.of(path);
                return Files.isRegularFile(p) && Files.size(p) == size && Files.getLastModifiedTime(p).toMillis() == modified;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        static Output of(String format, Path p) throws IOException {
            return new Output(format, p.toString(), Files.size(p), Files.getLastModifiedTime(p).toMillis());
        }
    }

    record Diag(String severity, String rule, String message, String file, int line, int column) {
        Diagnostic diagnostic() {
            return new Diagnostic(Severity.valueOf(severity.toUpperCase(Locale.ROOT)), rule, message, new SourcePos(file, line, column));
        }

        static Diag of(Diagnostic d) {
            return new Diag(d.severity().name(), d.rule(), d.message(), d.pos().file(), d.pos().line(), d.pos().column());
        }
    }

    /**
     * @param casesRoot the folder of case folders the case was built from (absolute), or null for a case named alone
     */
    record CaseState(String fingerprint, String casesRoot, String folder, String caseDir, String id,
                     List<Output> outputs, List<Diag> diagnostics) {
        List<Diagnostic> diagnosticList() {
            return diagnostics == null ? List.of() : diagnostics.stream().map(Diag::diagnostic).toList();
        }

        boolean outputsUnchanged() {
            return outputs != null && outputs.stream().allMatch(Output::unchanged);
        }
    }

    static Path dir(Path output, Build.Mode mode) {
        return output.resolve(FOLDER).resolve(mode.name().toLowerCase(Locale.ROOT));
    }

    static Path file(Path output, Build.Mode mode, String folder) {
        return dir(output, mode).resolve(folder + ".json");
    }

    static CaseState read(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try {
            return JSON.readValue(file.toFile(), CaseState.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static void write(Path file, CaseState state) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), state);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /** Every state file of one mode. */
    static List<Path> all(Path output, Build.Mode mode) throws IOException {
        Path d = dir(output, mode);
        if (!Files.isDirectory(d)) return List.of();
        try (Stream<Path> s = Files.list(d)) {
            return new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList());
        }
    }
}
