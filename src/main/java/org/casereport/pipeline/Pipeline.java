package org.casereport.pipeline;

import java.io.IOException;
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
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Manuscript;
import org.casereport.diag.SourcePos;
import org.casereport.read.CaseReader;
import org.casereport.read.JournalReader;
import org.casereport.source.YamlTree;
import org.casereport.model.Journal;

/** One way through the code: read a case, apply the transforms, write the outputs. */
public final class Pipeline {
    private Pipeline() {
    }

    /**
     * A case read and transformed, with its journal, the reading it came from (front matter tree, case text), the
     * rules switched off for it, and the warnings met on the way (those of rules switched off left out).
     */
    public record Loaded(Manuscript manuscript, Journal journal, List<Diagnostic> diagnostics, CaseReader.Read read,
                         Suppressions suppressions) {
        public YamlTree frontMatter() {
            return read.frontMatter();
        }
    }

    /**
     * A case read, before the transforms: the reading, its journal (null when it could not be read), the rules
     * switched off for it (case and journal), and the reading's diagnostics with those rules left out.
     * {@code sound}: the reader and the journal reported no error, so the transforms can run (a refused
     * {@code checks.disable} is an error of the case, but does not stop the transforms from saying theirs).
     */
    public record Reading(CaseReader.Read read, Journal journal, Suppressions suppressions, List<Diagnostic> diagnostics,
                          boolean sound) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == org.casereport.diag.Severity.ERROR);
        }
    }

    /**
     * Reads the case folder and applies every transform, in order: citations (numbering, reference list),
     * figures (numbering, placement). The rules switched off in the case or its journal are left out.
     *
     * @param templatesRoot the {@code templates/} folder
     * @throws CaseException with all diagnostics when any is an error
     */
    public static Loaded load(Path caseDir, Path templatesRoot) {
        Reading r = read(caseDir, templatesRoot);
        // transforms need a sound reading: a broken reference file would only add "unknown key" errors
        if (!r.sound()) throw new CaseException(r.diagnostics());
        return transform(r);
    }

    /**
     * Reads the case folder, its journal and the rules switched off for it ({@code checks.disable} of the case
     * and of the journal). Goes on past errors; only a case that cannot be read at all throws.
     *
     * @throws CaseException when case.md is missing, has no front matter, or its front matter is not YAML
     */
    public static Reading read(Path caseDir, Path templatesRoot) {
        Diagnostics diagnostics = new Diagnostics();
        CaseReader.Read read = CaseReader.read(caseDir, diagnostics);
        Journal journal = null;
        String name = read.manuscript().meta().journal();
        if (name != null && !name.isBlank()) {
            try {
                journal = JournalReader.read(templatesRoot, name, caseDir, read.frontMatter().pos("journal"));
            } catch (CaseException e) {
                // an unknown journal is said once the rest of the reading is sound
                if (!diagnostics.hasErrors()) diagnostics.addAll(e.diagnostics());
            }
        }
        Suppressions suppressions = new Suppressions();
        Diagnostics disables = new Diagnostics();
        if (journal != null) {
            suppressions.addJournal(journal, templatesRoot.resolve(journal.name()).resolve(JournalReader.SETTINGS)
                    .normalize().toString().replace('\\', '/'), disables);
        }
        suppressions.addCase(read.frontMatter(), disables);
        List<Diagnostic> reader = suppressions.apply(diagnostics.all());
        boolean sound = journal != null && reader.stream().noneMatch(d -> d.severity() == org.casereport.diag.Severity.ERROR);
        List<Diagnostic> all = new ArrayList<>(reader);
        all.addAll(disables.all());
        return new Reading(read, journal, suppressions, all, sound);
    }

    /**
     * Applies the transforms to a reading without errors.
     *
     * @throws CaseException with all diagnostics when any is an error (rules switched off left out)
     */
    public static Loaded transform(Reading reading) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(reading.diagnostics());
        if (!reading.sound()) throw new CaseException(reading.diagnostics());
        Manuscript m = reading.read().manuscript();
        m = MetadataTransform.apply(m, reading.journal(), diagnostics);
        m = CitationTransform.apply(m, reading.journal(), diagnostics);
        m = FigureTransform.apply(m, reading.journal(), diagnostics);
        m = TableTransform.apply(m, reading.journal(), diagnostics);
        List<Diagnostic> kept = reading.suppressions().apply(diagnostics.all());
        if (kept.stream().anyMatch(d -> d.severity() == org.casereport.diag.Severity.ERROR)) throw new CaseException(kept);
        return new Loaded(m, reading.journal(), kept, reading.read(), reading.suppressions());
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
