package org.casereport.write.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casereport.model.Journal;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every piece of text a PDF of this XHTML may set, or more: the document's text, its attribute values (CSS can print
 * them with {@code attr()}) and the quoted strings of the journal's style sheets ({@code content: " / "}). It tells
 * {@link FontSet} whether a font's ligatures can occur at all. Text drawn inside a figure is not in it: a figure sets
 * a ligature only when the document's text needs the font's substitution anyway — which can make a glyph pair of a
 * figure label differ, never its characters.
 */
final class PaintedText {
    // a string, written as an unrolled loop: one regex step a character, not one nested call ("(?:a|b)*" overflowed
    // the stack on a long unclosed quote — an apostrophe in a comment)
    private static final Pattern QUOTED = Pattern.compile(
            "\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"|'([^'\\\\]*+(?:\\\\.[^'\\\\]*+)*+)'");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private PaintedText() {
    }

    /**
     * The text, one piece a line, and all of it again in lower case when a style sheet (or a style in the document)
     * mentions {@code lowercase} ({@code text-transform}); null when a style sheet cannot be read (then nothing is
     * known about it).
     */
    static String of(org.w3c.dom.Document dom, Journal journal) {
        StringBuilder out = new StringBuilder(1 << 16);
        collect(dom.getDocumentElement(), out);
        boolean[] lower = {false};
        for (Path dir : journal.dirs()) {
            if (!styleSheetStrings(dir, out, lower)) return null;
        }
        String text = out.toString();
        if (lower[0] || text.toLowerCase(Locale.ROOT).contains("lowercase")) text += "\n" + text.toLowerCase(Locale.ROOT);
        return text;
    }

    private static void collect(Node n, StringBuilder out) {
        switch (n.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(n.getNodeValue()).append('\n');
            case Node.ELEMENT_NODE -> {
                NamedNodeMap attrs = n.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) out.append(((Attr) attrs.item(i)).getValue()).append('\n');
                for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) collect(c, out);
            }
            default -> {
            }
        }
    }

    /**
     * Adds the quoted strings of the folder's style sheets (below it too), and notes whether one mentions
     * {@code lowercase}; false when one cannot be read.
     */
    private static boolean styleSheetStrings(Path dir, StringBuilder out, boolean[] lower) {
        if (dir == null || !Files.isDirectory(dir)) return true;
        try (Stream<Path> s = Files.walk(dir, 4)) {
            for (Path p : s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".css")).sorted().toList()) {
                String css = Files.readString(p, StandardCharsets.UTF_8);
                if (css.toLowerCase(Locale.ROOT).contains("lowercase")) lower[0] = true;
                // a comment's apostrophe ("language's") opens no string
                Matcher m = QUOTED.matcher(COMMENT.matcher(css).replaceAll(" "));
                while (m.find()) out.append(m.group(1) != null ? m.group(1) : m.group(2)).append('\n');
            }
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }
}
