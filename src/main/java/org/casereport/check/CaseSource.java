package org.casereport.check;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casereport.diag.SourcePos;
import org.casereport.read.CaseFiles;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The files of one case folder as text, with positions: case.md split into its front matter (a YAML node tree)
 * and body lines, the figure files and the reference file — cut into {@link Segment}s for the text rules.
 */
public final class CaseSource {
    /** A heading or a paragraph of the body, for the CARE mapping. */
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
    String caseText = "";
    int[] lineStarts = {0};
    List<String> lines = List.of();
    int bodyStart;           // 0-based index of the first body line
    YamlTree front = new YamlTree(null, "", 0);
    String language = "ru";
    final List<Segment> segments = new ArrayList<>();
    final List<BodyBlock> blocks = new ArrayList<>();
    final List<FigureFile> figures = new ArrayList<>();
    boolean frontMatterFound;

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern THEMATIC = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");

    private CaseSource(Path caseDir) {
        this.caseDir = caseDir;
        Path name = caseDir.toAbsolutePath().normalize().getFileName();
        this.id = name == null ? "case" : name.toString();
        this.caseFile = display(caseDir.resolve("case.md"));
    }

    static String display(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }

    /** Reads the case; problems reading it become findings. Returns null when case.md cannot be read at all. */
    public static CaseSource read(Path caseDir, Findings findings) {
        CaseSource s = new CaseSource(caseDir);
        Path md = caseDir.resolve("case.md");
        if (!Files.isRegularFile(md)) {
            findings.report("case-missing", SourcePos.file(s.caseFile), "no case.md in the case folder");
            return null;
        }
        if (!CaseFiles.within(caseDir, md)) {
            findings.report(CaseFiles.OUTSIDE, SourcePos.file(s.caseFile), "case.md links outside the case folder;"
                    + " copy it into the case folder instead of linking to it");
            return null;
        }
        String text = readText(md, s.caseFile, findings);
        if (text == null) return null;
        s.caseText = text;
        s.paths.put(s.caseFile, md);
        s.texts.put(s.caseFile, text);
        s.lines = splitLines(text);
        s.lineStarts = lineStarts(text);
        s.splitFrontMatter(findings);
        s.frontSegments();
        s.bodySegments();
        s.readFigures(findings);
        s.readReferences(findings);
        return s;
    }

    /** Reads a file as UTF-8; text that is not UTF-8 is reported and read as Windows-1251. */
    static String readText(Path p, String display, Findings findings) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            findings.report("case-missing", SourcePos.file(display), "cannot read: " + e.getMessage());
            return null;
        }
        try {
            String t = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return t.startsWith("\uFEFF") ? t.substring(1) : t;
        } catch (CharacterCodingException e) {
            findings.report("text-mojibake", new SourcePos(display, 1, 1),
                    "the file is not UTF-8 (read as Windows-1251); save it as UTF-8");
            return new String(bytes, java.nio.charset.Charset.forName("windows-1251"));
        }
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

    static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private void splitFrontMatter(Findings findings) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            findings.report("front-matter", new SourcePos(caseFile, 1, 1), "case.md does not start with a '---' front matter line");
            bodyStart = 0;
            return;
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            findings.report("front-matter", new SourcePos(caseFile, 1, 1), "the front matter has no closing '---' line");
            bodyStart = lines.size();
            return;
        }
        frontMatterFound = true;
        String yaml = String.join("\n", lines.subList(1, end));
        front = YamlTree.parse(yaml, caseFile, 1, findings);
        String lang = front.str("language");
        if ("en".equals(lang)) language = "en";
        bodyStart = end + 1;
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
            addScalarSegments(sc.node(), lang, front.lineOffset(), lines, lineStarts, caseFile, Segment.Kind.FRONT, true, segments);
        }
    }

    /** Cuts a YAML scalar into one segment a source line, with exact columns. */
    static void addScalarSegments(ScalarNode n, String lang, int lineOffset, List<String> lines, int[] starts,
                                  String file, Segment.Kind kind, boolean fixable, List<Segment> out) {
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
            int offset = fixable ? starts[li] + from : -1;
            out.add(new Segment(file, li + 1, from + 1, t, Mask.plain(t), lang, offset, kind,
                    st == ScalarStyle.DOUBLE_QUOTED));
        }
    }

    private void bodySegments() {
        boolean inFence = false;
        String fence = null;
        StringBuilder para = new StringBuilder();
        SourcePos paraPos = null;
        for (int i = bodyStart; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fm = FENCE.matcher(line);
            if (fm.find()) {
                if (!inFence) {
                    inFence = true;
                    fence = fm.group(1);
                } else if (fm.group(1).equals(fence)) {
                    inFence = false;
                }
                paraPos = flush(para, paraPos);
                continue;
            }
            if (inFence) continue;
            if (line.isBlank()) {
                paraPos = flush(para, paraPos);
                continue;
            }
            if (TABLE_RULE.matcher(line).matches() || THEMATIC.matcher(line).matches()) continue;
            segments.add(new Segment(caseFile, i + 1, 1, line, Mask.markdown(line), language, lineStarts[i],
                    Segment.Kind.BODY, false));
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                paraPos = flush(para, paraPos);
                blocks.add(new BodyBlock(true, h.group(1).length(), h.group(2), new SourcePos(caseFile, i + 1, 1)));
            } else {
                if (paraPos == null) paraPos = new SourcePos(caseFile, i + 1, 1);
                para.append(line).append('\n');
            }
        }
        flush(para, paraPos);
    }

    private SourcePos flush(StringBuilder para, SourcePos pos) {
        if (pos != null && para.length() > 0) blocks.add(new BodyBlock(false, 0, para.toString().strip(), pos));
        para.setLength(0);
        return null;
    }

    private void readFigures(Findings findings) {
        Path dir = caseDir.resolve("figures");
        if (!Files.isDirectory(dir)) return;
        if (!CaseFiles.within(caseDir, dir)) return; // refused, and reported, by the case reader
        List<Path> files;
        try (Stream<Path> st = Files.list(dir)) {
            files = st.filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            return;
        }
        for (Path p : files) {
            String disp = display(p);
            if (!CaseFiles.within(caseDir, p)) continue; // refused, and reported, by the case reader
            String text = readText(p, disp, findings);
            if (text == null) continue;
            YamlTree t = YamlTree.parse(text, disp, 0, null);
            String kind = t.str("kind");
            String name = p.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            figures.add(new FigureFile(name, kind == null ? "" : kind, t.pos("kind")));
            List<String> ls = splitLines(text);
            int[] st = lineStarts(text);
            for (YamlTree.Scalar sc : t.scalars()) {
                String lang = languageOf(sc.path());
                if (lang != null) addScalarSegments(sc.node(), lang, 0, ls, st, disp, Segment.Kind.FIGURE, false, segments);
            }
        }
    }

    private static final Pattern JSON_TEXT = Pattern.compile(
            "\"(title|container-title|collection-title|title-short|container-title-short|original-title|title-en|container-title-en)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern BIB_TEXT = Pattern.compile("(?i)^\\s*(title|journal|booktitle)\\s*=\\s*[{\"](.*?)[}\"]?\\s*,?\\s*$");
    private static final Pattern RIS_TEXT = Pattern.compile("^(TI|T1|T2|JO|JF|JA|BT)  - (.*)$");

    private void readReferences(Findings findings) {
        String named = front.str("references");
        Path file = null;
        if (named != null && !named.isBlank()) {
            Path p = caseDir.resolve(named).normalize();
            if (p.startsWith(caseDir.normalize()) && Files.isRegularFile(p)) file = p;
        } else {
            for (String n : List.of("references.json", "references.bib", "references.ris")) {
                if (Files.isRegularFile(caseDir.resolve(n))) {
                    file = caseDir.resolve(n);
                    break;
                }
            }
        }
        if (file == null) return;
        String disp = display(file);
        if (!CaseFiles.within(caseDir, file)) return; // refused, and reported, by the case reader
        String text = readText(file, disp, findings);
        if (text == null) return;
        List<String> ls = splitLines(text);
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
