package org.casereport.read;

import org.casereport.source.YamlTree;
import org.casereport.source.CaseFiles;
import org.casereport.source.CaseText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.cite.ReferenceReader;
import org.casereport.figure.FigureReader;
import org.casereport.model.Figure;
import org.casereport.model.Manuscript;
import org.casereport.model.Metadata;
import org.casereport.model.Reference;
import org.casereport.diag.SourcePos;
import org.casereport.diag.Limits.Limit;

/**
 * Reads a case folder — {@code case.md} (front matter + body), its reference file and figure files —
 * into a {@link Manuscript} (before transforms). Bad input is reported to {@link Diagnostics}; reading goes on
 * as far as it can so that one run shows every error.
 */
public final class CaseReader {
    public static final String CASE_FILE = "case.md";
    private static final List<String> REFERENCE_FILES = List.of("references.json", "references.bib", "references.ris");

    private CaseReader() {
    }

    /**
     * The case as read: the model, and what the checker reads beside it instead of reading the files again.
     *
     * @param frontMatter   the front matter's positioned YAML tree
     * @param text          case.md as read (positions and {@code --fix} offsets refer to it)
     * @param bodyLine      the 0-based line of case.md where the body starts (after the closing "---")
     * @param proseLines    the 0-based lines of case.md holding running text, as the Markdown reading found them
     * @param figureFiles   every figure file read, with its text and tree (also those with errors)
     * @param referenceFile the reference file read, or null
     */
    public record Read(Manuscript manuscript, YamlTree frontMatter, CaseText text, int bodyLine,
                       java.util.BitSet proseLines, List<FigureReader.Read> figureFiles, Path referenceFile) {
    }

    public static Read read(Path caseDir, Diagnostics diagnostics) {
        Path casePath = caseDir.resolve(CASE_FILE);
        String display = casePath.toString();
        if (!Files.isDirectory(caseDir)) {
            throw new CaseException(Diagnostic.error("case-missing", SourcePos.file(caseDir.toString()), "no such case folder"));
        }
        if (!Files.isRegularFile(casePath)) {
            throw new CaseException(Diagnostic.error("case-missing", SourcePos.file(display), "the case folder has no " + CASE_FILE));
        }
        CaseFiles.requireInside(caseDir, casePath, "case.md");
        try {
            long size = Files.size(casePath);
            if (Limit.CASE_BYTES.exceeded(size)) {
                throw new CaseException(Limit.CASE_BYTES.refuse(SourcePos.file(display), "case.md is " + size + " bytes"));
            }
        } catch (IOException e) {
            throw new CaseException(Diagnostic.error("io", SourcePos.file(display), "cannot read: " + e.getMessage()));
        }
        String asRead = readUtf8(casePath, display);
        if (asRead.startsWith("\uFEFF")) asRead = asRead.substring(1);
        CaseText caseText = CaseText.of(display, asRead);
        String text = asRead.replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new CaseException(Diagnostic.error("front-matter", new SourcePos(display, 1, 1),
                    "case.md must start with a YAML front matter block: a line '---', the metadata, and a closing '---'"));
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new CaseException(Diagnostic.error("front-matter", new SourcePos(display, 1, 1),
                    "the front matter opened on line 1 is never closed by a '---' line"));
        }
        String yamlText = String.join("\n", List.of(lines).subList(1, close));
        long frontBytes = yamlText.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (Limit.FRONT_MATTER_BYTES.exceeded(frontBytes)) {
            throw new CaseException(Limit.FRONT_MATTER_BYTES.refuse(new SourcePos(display, 2, 1),
                    "the front matter is " + frontBytes + " bytes"));
        }
        YamlTree yaml = YamlTree.parse(yamlText, display, 1);
        // a date after today is a warning: the one reading of the clock, which prints nothing into an output
        Metadata meta = new MetadataReader(yaml, diagnostics, LocalDate.now(ZoneOffset.UTC)).read();

        String bodyText = String.join("\n", List.of(lines).subList(close + 1, lines.length));
        BodyLimits.check(display, close + 1, bodyText); // before the Markdown parser: depth, paragraphs, tables, citations
        BodyReader.Body body = new BodyReader(CaseText.of(display, bodyText), close + 1,
                meta == null ? null : meta.language(), diagnostics).read(bodyText);

        Path referenceFile = referenceFile(caseDir, yaml, diagnostics);
        List<Reference> references = referenceFile == null ? List.of()
                : ReferenceReader.read(referenceFile, referenceFile.toString(), diagnostics);
        List<FigureReader.Read> figureFiles = figures(caseDir, yaml, diagnostics);
        List<Figure> figures = distinct(figureFiles, diagnostics);
        if (meta == null) diagnostics.throwIfErrors();
        String id = caseDir.toAbsolutePath().normalize().getFileName().toString();
        Manuscript m = new Manuscript(id, caseDir, meta, body.blocks(), body.footnotes(), references, figures, List.of());
        return new Read(m, yaml, caseText, close + 1, body.proseLines(), figureFiles, referenceFile);
    }

    static String readUtf8(Path file, String display) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CaseException(Diagnostic.error("io", SourcePos.file(display), "cannot read: " + e.getMessage()));
        }
        org.casereport.source.Utf8.Malformed[] bad = new org.casereport.source.Utf8.Malformed[1];
        String text = org.casereport.source.Utf8.decode(bytes, display, bad);
        if (text == null) throw new CaseException(Diagnostic.error("encoding", bad[0].pos(), bad[0].message()));
        return text;
    }

    /** The reference file the front matter names, else the first of references.json/.bib/.ris; or null. */
    private static Path referenceFile(Path caseDir, YamlTree yaml, Diagnostics diagnostics) {
        Object named = yaml.get("references");
        if (named != null) return CaseFiles.inside(caseDir, named.toString(), yaml.pos("references"), diagnostics);
        String found = REFERENCE_FILES.stream().filter(n -> Files.isRegularFile(caseDir.resolve(n))).findFirst().orElse(null);
        return found == null ? null : CaseFiles.inside(caseDir, found, SourcePos.file(caseDir.resolve(found).toString()), diagnostics);
    }

    private static List<FigureReader.Read> figures(Path caseDir, YamlTree yaml, Diagnostics diagnostics) {
        List<Path> files = new ArrayList<>();
        Object named = yaml.get("figures");
        if (named instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                Path p = CaseFiles.inside(caseDir, String.valueOf(l.get(i)), yaml.pos("figures." + i), diagnostics);
                if (p != null) files.add(p);
            }
        } else if (named != null) {
            diagnostics.error("front-matter", yaml.pos("figures"), "'figures' must be a list of figure files");
        } else {
            Path dir = caseDir.resolve("figures");
            if (Files.isDirectory(dir) && !CaseFiles.within(caseDir, dir)) {
                diagnostics.add(CaseFiles.outside(dir, "the figures folder"));
            } else if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted()
                            .map(p -> CaseFiles.inside(caseDir, "figures/" + p.getFileName(), SourcePos.file(p.toString()), diagnostics))
                            .filter(java.util.Objects::nonNull).forEach(files::add);
                } catch (IOException e) {
                    diagnostics.error("io", SourcePos.file(dir.toString()), "cannot list figures: " + e.getMessage());
                }
            }
        }
        List<FigureReader.Read> out = new ArrayList<>();
        for (Path f : files) out.add(FigureReader.readFile(f, f.toString(), caseDir, diagnostics));
        return out;
    }

    /** The figure with its caption read as inline Markdown ({@code *BRAF*^V600E^}), each language at its place. */
    private static Figure caption(FigureReader.Read r, InlineMarkdown markdown) {
        Figure f = r.figure();
        List<org.casereport.model.Inline> ru = List.of(), en = List.of();
        if (f.caption().has("ru")) ru = markdown.run(f.caption().ru(), r.tree().pos("caption.ru"), "caption.ru");
        if (f.caption().has("en")) en = markdown.run(f.caption().en(), r.tree().pos("caption.en"), "caption.en");
        return f.withContent(new org.casereport.model.RichText(ru, en));
    }

    /** The figures read without errors; a second figure with an id already taken is an error. */
    private static List<Figure> distinct(List<FigureReader.Read> files, Diagnostics diagnostics) {
        List<Figure> out = new ArrayList<>();
        InlineMarkdown markdown = new InlineMarkdown(diagnostics);
        for (FigureReader.Read r : files) {
            Figure fig = r.figure() == null ? null : caption(r, markdown);
            if (fig == null) continue;
            if (out.stream().anyMatch(o -> o.id().equals(fig.id()))) {
                diagnostics.error("figure-duplicate-id", fig.pos(), "a second figure with id '" + fig.id() + "'");
            } else {
                out.add(fig);
            }
        }
        return out;
    }
}
