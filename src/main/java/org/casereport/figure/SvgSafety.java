package org.casereport.figure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Limits.Limit;
import org.casereport.diag.SourcePos;

/**
 * An SVG image must hold everything itself and do nothing: it goes into the PDF (drawn by Batik) and, as it is,
 * into the DOCX. One streaming pass over the whole file (no DTD, no entities) refuses, at its line and column,
 * a {@code <script>}, an event handler attribute ({@code onload}, {@code onclick}, …), a
 * {@code <foreignObject>} (HTML inside the SVG), a link to anything but a place in the same file
 * ({@code href="#id"}) or an embedded {@code data:image/…}, a CSS {@code url()} or {@code @import} that leaves the
 * file, and an SVG nested deeper or with more elements than the limits.
 */
final class SvgSafety {
    private static final Pattern CSS_OUTSIDE = Pattern.compile("(?i)@import|url\\(\\s*['\"]?(?!#|data:image/)");

    private SvgSafety() {
    }

    /** The first problem, or null when the SVG is self-contained and inert. */
    static Diagnostic check(Path file, String display) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int depthLimit = Limit.NESTING_DEPTH.intValue();
        long elementLimit = Limit.SVG_ELEMENTS.get();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            try {
                int depth = 0;
                long elements = 0;
                boolean inStyle = false;
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        inStyle = false;
                        continue;
                    }
                    if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && inStyle
                            && CSS_OUTSIDE.matcher(r.getText()).find()) {
                        return refuse(r, display, "a <style> that loads something from outside the file (url() or @import)");
                    }
                    if (ev != XMLStreamConstants.START_ELEMENT) continue;
                    depth++;
                    elements++;
                    if (depth > depthLimit) return Limit.NESTING_DEPTH.refuse(pos(r, display), "the SVG is nested " + depth + " levels deep here");
                    if (elements > elementLimit) return Limit.SVG_ELEMENTS.refuse(pos(r, display), "the SVG has more elements");
                    String name = r.getLocalName().toLowerCase(Locale.ROOT);
                    if (name.equals("script")) return refuse(r, display, "a <script>");
                    if (name.equals("foreignobject")) return refuse(r, display, "a <foreignObject> (HTML inside the SVG)");
                    if (name.equals("iframe") || name.equals("embed") || name.equals("object")) return refuse(r, display, "an <" + name + ">");
                    inStyle = name.equals("style");
                    for (int a = 0; a < r.getAttributeCount(); a++) {
                        String an = r.getAttributeLocalName(a).toLowerCase(Locale.ROOT);
                        String av = r.getAttributeValue(a).strip();
                        if (an.startsWith("on")) return refuse(r, display, "an event handler (" + r.getAttributeLocalName(a) + "=…)");
                        if ((an.equals("href") || an.equals("src")) && !av.startsWith("#") && !av.toLowerCase(Locale.ROOT).startsWith("data:image/")) {
                            return refuse(r, display, "a link to '" + clip(av) + "' (only links to a place in the same file, href=\"#id\", or an embedded data:image/ are allowed)");
                        }
                        if (CSS_OUTSIDE.matcher(av).find() && (an.equals("style") || av.contains("url("))) {
                            return refuse(r, display, "a style that loads something from outside the file (" + an + "=\"" + clip(av) + "\")");
                        }
                    }
                }
                return null;
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException e) {
            return Diagnostic.error("figure-bad-image", SourcePos.file(display), "the SVG cannot be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ").strip()));
        }
    }

    private static Diagnostic refuse(XMLStreamReader r, String display, String what) {
        return Diagnostic.error("figure-svg-unsafe", pos(r, display), "the SVG has " + what
                + "; an SVG figure must hold everything itself and run nothing: remove it");
    }

    private static SourcePos pos(XMLStreamReader r, String display) {
        var l = r.getLocation();
        return l == null ? SourcePos.file(display) : new SourcePos(display, Math.max(1, l.getLineNumber()), Math.max(1, l.getColumnNumber()));
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
