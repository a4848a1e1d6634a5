package org.casereport.write.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;
import org.casereport.model.FormattedReference;
import org.casereport.model.Manuscript;
import org.casereport.model.Reference;
import org.casereport.write.RenderContext;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Characters of the document that no font of the journal has a glyph for. openhtmltopdf prints "#" in their place
 * and says nothing (an author's own Latin spelling "Oloviannyĭ", with the Library of Congress "ĭ", came out as
 * "Olovianny#" in PT Serif and PT Sans); here each is a warning, at the reference record it comes from when it is in
 * a reference entry, else at the case file. Characters that print nothing (spaces, soft hyphens, joiners, controls)
 * need no glyph.
 */
final class MissingGlyphs {
    private static final Pattern REF_ID = Pattern.compile("[a-z]+-ref-(\\d+)");

    private MissingGlyphs() {
    }

    static void report(org.w3c.dom.Document dom, Manuscript manuscript, RenderContext context) {
        java.util.BitSet fonts = FontSet.covered(context.journal().fontsDir());
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
            context.warn(Diagnostic.warning("pdf-glyph-missing", pos, "the journal's fonts have no glyph for " + chars
                    + " in " + what + " (\"" + sample.get(where) + "\"): the PDF prints \"#\" in its place; write a letter"
                    + " the fonts have (\"i\" for \"ĭ\") or put a font that has it in the journal's fonts folder"));
        }
    }

    private static void walk(Node n, String where, java.util.BitSet fonts, Map<String, TreeSet<Integer>> missing, Map<String, String> sample) {
        if (n instanceof Element e) {
            String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
            if (name.equals("style") || name.equals("head") || name.equals("svg")) return;
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
