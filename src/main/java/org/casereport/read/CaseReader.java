package org.casereport.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The case read; front matter kept as a tree for steps that need more than the model (checks). */
    public record Read(Manuscript manuscript, YamlTree frontMatter) {
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
        String text = readUtf8(casePath, display).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) text = text.substring(1);
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
        YamlTree yaml = YamlTree.parse(yamlText, display, 1);
        Metadata meta = new MetadataReader(yaml, diagnostics).read();

        String bodyText = String.join("\n", List.of(lines).subList(close + 1, lines.length));
        BodyReader.Body body = new BodyReader(display, close + 1, bodyText, diagnostics).read(bodyText);

        List<Reference> references = references(caseDir, yaml, diagnostics);
        List<Figure> figures = figures(caseDir, yaml, diagnostics);
        if (meta == null) diagnostics.throwIfErrors();
        String id = caseDir.toAbsolutePath().normalize().getFileName().toString();
        Manuscript m = new Manuscript(id, caseDir, meta, body.blocks(), body.footnotes(), references, figures, List.of());
        return new Read(m, yaml);
    }

    static String readUtf8(Path file, String display) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CaseException(Diagnostic.error("encoding", SourcePos.file(display), "the file is not UTF-8 text"));
        } catch (IOException e) {
            throw new CaseException(Diagnostic.error("io", SourcePos.file(display), "cannot read: " + e.getMessage()));
        }
    }

    private static List<Reference> references(Path caseDir, YamlTree yaml, Diagnostics diagnostics) {
        Object named = yaml.get("references");
        Path file;
        if (named != null) {
            file = CaseFiles.inside(caseDir, named.toString(), yaml.pos("references"), diagnostics);
            if (file == null) return List.of();
        } else {
            String found = REFERENCE_FILES.stream().filter(n -> Files.isRegularFile(caseDir.resolve(n))).findFirst().orElse(null);
            if (found == null) return List.of();
            file = CaseFiles.inside(caseDir, found, SourcePos.file(caseDir.resolve(found).toString()), diagnostics);
            if (file == null) return List.of();
        }
        return ReferenceReader.read(file, file.toString(), diagnostics);
    }

    private static List<Figure> figures(Path caseDir, YamlTree yaml, Diagnostics diagnostics) {
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
        List<Figure> out = new ArrayList<>();
        for (Path f : files) {
            Figure fig = FigureReader.read(f, f.toString(), caseDir, diagnostics);
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
