package org.casereport.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.check.CaseException;
import org.casereport.check.Diagnostic;
import org.casereport.check.Diagnostics;
import org.casereport.model.Manuscript;
import org.casereport.model.SourcePos;
import org.casereport.read.CaseReader;
import org.casereport.read.JournalReader;
import org.casereport.read.YamlTree;
import org.casereport.template.Journal;
import org.casereport.write.RenderContext;
import org.casereport.write.Writer;
import org.casereport.write.Writers;

/** One way through the code: read a case, apply the transforms, write the outputs. */
public final class Pipeline {
    private Pipeline() {
    }

    /** A case read and transformed, with its journal, its raw front matter and the warnings met on the way. */
    public record Loaded(Manuscript manuscript, Journal journal, List<Diagnostic> diagnostics, YamlTree frontMatter) {
    }

    /**
     * Reads the case folder and applies every transform, in order: citations (numbering, reference list),
     * figures (numbering, placement).
     *
     * @param templatesRoot the {@code templates/} folder
     * @throws CaseException with all diagnostics when any is an error
     */
    public static Loaded load(Path caseDir, Path templatesRoot) {
        Diagnostics diagnostics = new Diagnostics();
        CaseReader.Read read = CaseReader.read(caseDir, diagnostics);
        // transforms need a sound reading: a broken reference file would only add "unknown key" errors
        diagnostics.throwIfErrors();
        Manuscript m = read.manuscript();
        Journal journal = JournalReader.read(templatesRoot, m.meta().journal(), caseDir,
                read.frontMatter().pos("journal"));
        m = CitationTransform.apply(m, journal, diagnostics);
        m = FigureTransform.apply(m, journal, diagnostics);
        diagnostics.throwIfErrors();
        return new Loaded(m, journal, diagnostics.all(), read.frontMatter());
    }

    /**
     * Writes the outputs of a loaded case into {@code outDir}: {@code <id>.<format>} for each format.
     * Every file is written to a temporary file first; only when all formats have been written are they moved
     * into place, so a failure never leaves a half-written file or replaces an earlier output.
     *
     * @return the files written
     */
    public static List<Path> render(Loaded loaded, List<String> formats, Path outDir) throws IOException {
        return write(loaded, formats.stream().map(Writers::get).toList(), outDir);
    }

    /** {@link #render} with the writers themselves. */
    public static List<Path> write(Loaded loaded, List<Writer> writers, Path outDir) throws IOException {
        Manuscript m = loaded.manuscript();
        RenderContext context = new RenderContext(loaded.journal(), timestamp(m));
        Files.createDirectories(outDir);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Writer w : writers) {
                Path target = outDir.resolve(m.id() + "." + w.format());
                Path tmp = Files.createTempFile(outDir, "." + m.id() + ".", "." + w.format() + ".part");
                staged.put(tmp, target);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    w.write(m, context, out);
                }
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                moveIntoPlace(e.getKey(), e.getValue());
                written.add(e.getValue());
            }
            return written;
        } finally {
            for (Path tmp : staged.keySet()) Files.deleteIfExists(tmp);
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The one date written into outputs: {@code SOURCE_DATE_EPOCH} when set (reproducible-builds.org), else the
     * case's accepted date (or received date) at midnight UTC. Never the clock.
     */
    public static Instant timestamp(Manuscript m) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) return Instant.ofEpochSecond(Long.parseLong(epoch));
        LocalDate d = m.meta().accepted() != null ? m.meta().accepted() : m.meta().received();
        return d == null ? Instant.EPOCH : d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A diagnostic for a case folder that cannot be read at all. */
    public static Diagnostic notACase(Path dir) {
        return Diagnostic.error("case-missing", SourcePos.file(dir.toString()), "not a case folder (no " + CaseReader.CASE_FILE + ")");
    }
}
