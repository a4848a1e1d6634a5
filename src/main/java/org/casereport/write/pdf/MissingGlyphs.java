package org.casereport.write.pdf;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;
import org.casereport.model.FormattedReference;
import org.casereport.model.Journal;
import org.casereport.model.Manuscript;
import org.casereport.model.Reference;
import org.casereport.write.RenderContext;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Characters of the document that no font of the journal has a glyph for. openhtmltopdf prints "#" in their place
 * and says nothing (an author's own Latin spelling "Oloviannyĭ", with the Library of Congress "ĭ", came out as
 * "Olovianny#" in PT Serif and PT Sans before the shipped Noto Serif and Noto Sans fallbacks); here each is a
 * warning, at the reference record it comes from when it is in a reference entry, else at the case file. Only the
 * faces whose family some {@code font-family} of the style sheets names count ({@link #families}): a face in the
 * fonts folder that no list names is never asked (in XSL-FO: the {@code font-family} attributes). Characters that print nothing (spaces, soft hyphens, joiners,
 * controls) need no glyph. The FO engine reports the same rule from FOP's own glyph events ({@code write/fo}).
 */
public final class MissingGlyphs {
    private static final Pattern REF_ID = Pattern.compile("[a-z]+-ref-(\\d+)");

    private MissingGlyphs() {
    }

    /** Reports the characters of {@code dom} (the XHTML or the XSL-FO document) that no named face of the fonts folder has. */
    public static void report(org.w3c.dom.Document dom, Manuscript manuscript, RenderContext context) {
        java.util.Set<String> named = families(dom, context.journal());
        java.util.BitSet fonts = FontSet.covered(context.journal().fontsDir(), f -> named.contains(f.toLowerCase(Locale.ROOT)));
        if (fonts.isEmpty()) return;   // no font of its own: nothing is known of what the PDF can print
        Map<String, TreeSet<Integer>> missing = new LinkedHashMap<>();   // where → the characters
        Map<String, String> sample = new LinkedHashMap<>();
        walk(dom.getDocumentElement(), "", fonts, missing, sample);
        for (Map.Entry<String, TreeSet<Integer>> e : missing.entrySet()) {
            StringBuilder chars = new StringBuilder();
            for (int cp : e.getValue()) {
                if (chars.length() > 0) chars.append(", ");
                chars.append('\'').appendCodePoint(cp).append("' (U+").append(String.format("%04X", cp)).append(')');
            }
            String where = e.getKey();
            SourcePos pos = SourcePos.file(manuscript.id());
            String what = "the text";
            Matcher m = REF_ID.matcher(where);
            if (m.matches()) {
                int number = Integer.parseInt(m.group(1));
                what = "reference " + number;
                for (FormattedReference f : manuscript.bibliography()) {
                    if (f.number() != number) continue;
                    for (Reference r : manuscript.references()) if (r.id().equals(f.id())) pos = r.pos();
                }
            }
            context.warn(Diagnostic.warning("pdf-glyph-missing", pos, "no font the journal's style sheets name has a glyph for " + chars
                    + " in " + what + " (\"" + sample.get(where) + "\"): the PDF prints \"#\" in its place; write a letter"
                    + " the fonts have (\"i\" for \"ĭ\") or put a font that has it in the journal's fonts folder and name its family in the style sheet's font-family lists"));
        }
    }

    private static final Pattern FONT_FAMILY = Pattern.compile("font-family\\s*:\\s*([^;}]+)", Pattern.CASE_INSENSITIVE);

    /**
     * The families (lower case) the document's style sheets name in a {@code font-family}: the linked style sheets
     * (found as the renderer finds them, in the journal's lookup folders), the {@code <style>} elements and the
     * {@code style} attributes. openhtmltopdf asks only these for a glyph; a face of the fonts folder that none
     * names prints nothing, whatever it covers.
     */
    static java.util.Set<String> families(org.w3c.dom.Document dom, Journal journal) {
        StringBuilder css = new StringBuilder();
        collectCss(dom.getDocumentElement(), journal, css);
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher m = FONT_FAMILY.matcher(css);
        while (m.find()) {
            for (String f : m.group(1).split(",")) {
                String name = f.replace("!important", "").strip();
                if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')) name = name.substring(1, name.length() - 1);
                if (!name.isBlank()) out.add(name.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static void collectCss(Node n, Journal journal, StringBuilder css) {
        if (n instanceof Element e) {
            String name = (e.getLocalName() == null ? e.getTagName() : e.getLocalName()).toLowerCase(Locale.ROOT);
            if (name.equals("style")) css.append(e.getTextContent()).append('\n');
            if (name.equals("link") && e.getAttribute("rel").toLowerCase(Locale.ROOT).contains("stylesheet")) {
                String href = e.getAttribute("href");
                try {
                    java.nio.file.Path p = href.isBlank() ? null : journal.find(href.replaceFirst("^template:/+", ""));
                    if (p != null) css.append(java.nio.file.Files.readString(p)).append('\n');
                } catch (RuntimeException | java.io.IOException refused) {
                    // a sheet the renderer cannot read either (its sandbox reports it)
                }
            }
            css.append(e.getAttribute("style")).append(";\n");
            if (e.hasAttribute("font-family")) css.append("font-family:").append(e.getAttribute("font-family")).append(";\n");   // XSL-FO
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) collectCss(c, journal, css);
    }

    private static void walk(Node n, String where, java.util.BitSet fonts, Map<String, TreeSet<Integer>> missing, Map<String, String> sample) {
        if (n instanceof Element e) {
            String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
            if (name.equals("style") || name.equals("head") || name.equals("svg") || name.equals("declarations")
                    || name.equals("bookmark-tree") || name.equals("instream-foreign-object")) return;
            String id = e.getAttribute("id");
            if (REF_ID.matcher(id).matches()) where = id;
        }
        if (n.getNodeType() == Node.TEXT_NODE) {
            String text = n.getNodeValue();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (printsNothing(cp) || fonts.get(cp)) continue;
                missing.computeIfAbsent(where, k -> new TreeSet<>()).add(cp);
                sample.putIfAbsent(where, word(text, i - Character.charCount(cp)));
            }
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) walk(c, where, fonts, missing, sample);
    }

    private static boolean printsNothing(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT || type == Character.CONTROL;
    }

    /** The word around the character, as the author can search for it. */
    private static String word(String text, int at) {
        int from = at, to = at;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to++;
        return text.substring(from, to);
    }
}
