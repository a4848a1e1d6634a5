package org.casereport.check;

import org.casereport.diag.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.diag.SourcePos;
import org.casereport.figure.FigureReader;
import org.casereport.model.Block;
import org.casereport.model.Inline;
import org.casereport.model.Manuscript;
import org.casereport.model.Walk;
import org.casereport.read.CaseReader;
import org.casereport.source.CaseText;
import org.casereport.source.Utf8;
import org.casereport.source.YamlTree;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A case as the checker reads it: the reader's one reading ({@link CaseReader.Read}) — the model's blocks for the
 * CARE mapping, the front matter's positioned tree for the metadata rules, and {@link Segment}s for the text rules
 * cut from the reader's own text and trees (front-matter values, the lines the Markdown reading found running
 * text on, figure captions and labels, reference titles). Nothing here parses case.md or a figure file again.
 */
public final class CaseSource {
    /** A heading or a block of running text of the body, for the CARE mapping. */
    public record BodyBlock(boolean heading, int level, String text, SourcePos pos) {
    }

    /** A figure file: its kind and where it is. */
    public record FigureFile(String name, String kind, SourcePos pos) {
    }

    final Path caseDir;
    final String id;
    final String caseFile;
    final Map<String, Path> paths = new LinkedHashMap<>();
    final Map<String, String> texts = new LinkedHashMap<>();
    final CaseText text;
    final int bodyStart;     // 0-based index of the first body line
    final YamlTree front;
    final String language;
    final List<Segment> segments = new ArrayList<>();
    final List<BodyBlock> blocks = new ArrayList<>();
    final List<FigureFile> figures = new ArrayList<>();

    private CaseSource(Path caseDir, CaseReader.Read read) {
        this.caseDir = caseDir;
        Manuscript m = read.manuscript();
        this.id = m.id();
        this.text = read.text();
        this.caseFile = text.file();
        this.front = read.frontMatter();
        this.language = "en".equals(front.str("language")) ? "en" : "ru";
        this.bodyStart = read.bodyLine();
    }

    static String display(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }

    /** The case as the reader read it, cut for the checker's rules; problems reading the reference file become findings. */
    public static CaseSource of(Path caseDir, CaseReader.Read read, Findings findings) {
        CaseSource s = new CaseSource(caseDir, read);
        s.paths.put(s.caseFile, caseDir.resolve(CaseReader.CASE_FILE));
        s.texts.put(s.caseFile, s.text.text());
        s.frontSegments();
        s.bodySegments(read);
        s.bodyBlocks(read.manuscript().body());
        s.figureFiles(read.figureFiles());
        if (read.referenceFile() != null) s.readReferences(read.referenceFile(), findings);
        return s;
    }

    /**
     * Reads a file through {@link Utf8}, the one decoding of the case's files. Text that is not UTF-8 is reported
     * at its first byte that is not, with Utf8's advice (a Windows-1251 file named so): a file of the case is then
     * not read (null; the reader has said the same), a received manuscript is read as Windows-1251 so that its
     * check goes on.
     *
     * @param manuscript a received manuscript rather than a file of the case
     */
    static String readText(Path p, String display, Findings findings, boolean manuscript) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            findings.report("case-missing", SourcePos.file(display), "cannot read: " + e.getMessage());
            return null;
        }
        Utf8.Malformed[] bad = new Utf8.Malformed[1];
        String text = Utf8.decode(bytes, display, bad);
        if (text != null) return text;
        if (!manuscript) {
            findings.report("encoding", bad[0].pos(), bad[0].message());
            return null;
        }
        findings.report("text-mojibake", bad[0].pos(), bad[0].message() + "; this check reads it as Windows-1251");
        return new String(bytes, java.nio.charset.Charset.forName("windows-1251"));
    }

    static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(text.substring(start, end));
                start = i + 1;
            }
        }
        if (start < text.length()) out.add(text.substring(start));
        return out;
    }

    /** The language a front-matter value is written in: the "ru"/"en" part of its path, else null (not text). */
    static String languageOf(String path) {
        if (path.startsWith("checks.")) return null;
        for (String part : path.split("\\.")) {
            if (part.equals("ru") || part.equals("en")) return part;
        }
        return null;
    }

    private void frontSegments() {
        for (YamlTree.Scalar sc : front.scalars()) {
            String lang = languageOf(sc.path());
            if (lang == null) continue;
            addScalarSegments(sc.node(), lang, front.lineOffset(), text, Segment.Kind.FRONT, true, segments);
        }
    }

    /** Cuts a YAML scalar into one segment a source line, with exact columns. */
    static void addScalarSegments(ScalarNode n, String lang, int lineOffset, CaseText source, Segment.Kind kind,
                                  boolean fixable, List<Segment> out) {
        List<String> lines = source.lines();
        Mark sm = n.getStartMark().orElse(null);
        Mark em = n.getEndMark().orElse(null);
        if (sm == null || em == null) return;
        int sl = sm.getLine() + lineOffset;
        int el = em.getLine() + lineOffset;
        int sc = sm.getColumn();
        int ec = em.getColumn();
        ScalarStyle st = n.getScalarStyle();
        boolean block = st == ScalarStyle.LITERAL || st == ScalarStyle.FOLDED;
        boolean quotedStyle = st == ScalarStyle.DOUBLE_QUOTED || st == ScalarStyle.SINGLE_QUOTED;
        for (int li = sl; li <= el && li < lines.size(); li++) {
            String line = lines.get(li);
            int from;
            int to = line.length();
            if (block) {
                if (li == sl) continue;
                if (li == el && ec == 0) break;
                from = 0;
            } else if (li == sl) {
                from = Math.min(sc + (quotedStyle ? 1 : 0), line.length());
            } else {
                from = 0;
            }
            if (!block && li == el) to = Math.min(Math.max(ec - (quotedStyle ? 1 : 0), from), line.length());
            while (from < to && Character.isWhitespace(line.charAt(from))) from++;
            while (to > from && Character.isWhitespace(line.charAt(to - 1))) to--;
            if (from >= to) continue;
            String t = line.substring(from, to);
            int offset = fixable ? source.offset(li, from) : -1;
            out.add(new Segment(source.file(), li + 1, from + 1, t, Mask.plain(t), lang, offset, kind,
                    st == ScalarStyle.DOUBLE_QUOTED));
        }
    }

    /** Every line the Markdown reading found running text on, whole (Markdown marks masked), fixable in place. */
    private void bodySegments(CaseReader.Read read) {
        for (int i = read.proseLines().nextSetBit(0); i >= 0; i = read.proseLines().nextSetBit(i + 1)) {
            if (i >= text.lineCount()) break;
            String line = text.line(i);
            if (line.isBlank()) continue;
            segments.add(new Segment(caseFile, i + 1, 1, line, Mask.markdown(line), language, text.offset(i, 0),
                    Segment.Kind.BODY, false));
        }
    }

    /** The model's blocks as headings and blocks of text, in reading order. */
    private void bodyBlocks(List<Block> body) {
        for (Block b : body) {
            if (b instanceof Block.Heading h) {
                blocks.add(new BodyBlock(true, h.level(), Walk.text(h.content()).strip(), h.pos()));
            } else if (!(b instanceof Block.FigureBlock)) {
                String t = blockText(b).strip();
                if (!t.isEmpty()) blocks.add(new BodyBlock(false, 0, t, b.pos()));
            }
        }
    }

    private static String blockText(Block b) {
        if (b instanceof Block.Paragraph p) return Walk.text(p.content());
        if (b instanceof Block.Heading h) return Walk.text(h.content());
        List<String> parts = new ArrayList<>();
        if (b instanceof Block.ListBlock l) l.items().forEach(item -> item.forEach(x -> parts.add(blockText(x))));
        if (b instanceof Block.Quote q) q.content().forEach(x -> parts.add(blockText(x)));
        if (b instanceof Block.Table t) {
            for (List<List<Inline>> row : t.rows()) parts.add(String.join(" | ", row.stream().map(Walk::text).toList()));
        }
        return String.join("\n", parts);
    }

    /** Each figure file the reader read: its kind, and its texts (not fixable: --fix edits case.md only). */
    private void figureFiles(List<FigureReader.Read> files) {
        for (FigureReader.Read f : files) {
            if (f.tree() == null) continue;
            YamlTree t = f.tree();
            String kind = t.str("kind");
            String name = Path.of(f.file()).getFileName().toString().replaceFirst("\\.ya?ml$", "");
            figures.add(new FigureFile(name, kind == null ? "" : kind, t.pos("kind")));
            for (YamlTree.Scalar sc : t.scalars()) {
                String lang = languageOf(sc.path());
                if (lang != null) addScalarSegments(sc.node(), lang, 0, f.text(), Segment.Kind.FIGURE, false, segments);
            }
        }
    }

    private static final Pattern JSON_TEXT = Pattern.compile(
            "\"(title|container-title|collection-title|title-short|container-title-short|original-title|title-en|container-title-en)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern BIB_TEXT = Pattern.compile("(?i)^\\s*(title|journal|booktitle)\\s*=\\s*[{\"](.*?)[}\"]?\\s*,?\\s*$");
    private static final Pattern RIS_TEXT = Pattern.compile("^(TI|T1|T2|JO|JF|JA|BT)  - (.*)$");

    /** The titles of the reference file, with their places (the reference reader keeps no positions of its own). */
    private void readReferences(Path file, Findings findings) {
        String disp = display(file);
        String content = readText(file, disp, findings, false);
        if (content == null) return;
        List<String> ls = splitLines(content);
        Pattern p = disp.endsWith(".bib") ? BIB_TEXT : disp.endsWith(".ris") ? RIS_TEXT : JSON_TEXT;
        for (int i = 0; i < ls.size(); i++) {
            Matcher m = p.matcher(ls.get(i));
            while (m.find()) {
                String t = m.group(2);
                if (t.isBlank()) continue;
                segments.add(new Segment(disp, i + 1, m.start(2) + 1, t, Mask.plain(t), TextRules.script(t), -1,
                        Segment.Kind.REFERENCES, p == JSON_TEXT));
            }
        }
    }

    public String id() {
        return id;
    }

    public List<Segment> segments() {
        return segments;
    }

    public YamlTree front() {
        return front;
    }

    public List<BodyBlock> blocks() {
        return blocks;
    }

    public List<FigureFile> figures() {
        return figures;
    }

    public String caseFile() {
        return caseFile;
    }

    public String language() {
        return language;
    }
}
