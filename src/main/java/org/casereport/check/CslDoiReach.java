package org.casereport.check;

import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Whether a CSL style prints the DOI of a journal article that has one, read from the style's bibliography layout
 * as the processor would run it: a {@code <text variable="DOI">} counts only where every condition on its way is
 * certainly true for an {@code article-journal} record with a DOI (its type, the DOI being present). A DOI printed
 * only for another type, or only when some other variable is present or absent ({@code <if variable="page"
 * match="none">}), or a condition {@code <if variable="DOI">} that prints something else, is not "the style prints
 * DOIs": the check must not ask every article for a DOI on its account.
 */
final class CslDoiReach {
    private enum Truth { TRUE, FALSE, UNKNOWN }

    private final Map<String, Element> macros = new HashMap<>();
    private final Set<String> walking = new HashSet<>();
    private final String type;

    private CslDoiReach(Element style, String type) {
        this.type = type;
        for (Node n = style.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("macro")) macros.put(e.getAttribute("name"), e);
        }
    }

    /** @return whether the style's bibliography prints the DOI of every record of {@code type} that has one */
    static boolean printsDoi(String cslXml, String type) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Element style = f.newDocumentBuilder().parse(new InputSource(new StringReader(cslXml))).getDocumentElement();
        CslDoiReach r = new CslDoiReach(style, type);
        for (Node n = style.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("bibliography")) return r.walk(e);
        }
        return false;
    }

    /** A DOI printed for certain somewhere under {@code e} (reached unconditionally from where the walk stands). */
    private boolean walk(Element e) {
        String name = e.getLocalName();
        if (name.equals("text")) {
            if (List.of(e.getAttribute("variable").split("\\s+")).contains("DOI")) return true;
            String macro = e.getAttribute("macro");
            if (!macro.isEmpty() && macros.containsKey(macro) && walking.add(macro)) {
                try {
                    return walk(macros.get(macro));
                } finally {
                    walking.remove(macro);
                }
            }
            return false;
        }
        if (name.equals("choose")) return choose(e);
        if (name.equals("sort") || name.equals("substitute")) return false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && walk(c)) return true;
        }
        return false;
    }

    /** The branches in order: a branch after an undecided one is reached only sometimes, so not for certain. */
    private boolean choose(Element choose) {
        for (Node n = choose.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element b)) continue;
            Truth t = b.getLocalName().equals("else") ? Truth.TRUE : condition(b);
            if (t == Truth.FALSE) continue;
            if (t == Truth.UNKNOWN) return false;
            for (Node k = b.getFirstChild(); k != null; k = k.getNextSibling()) {
                if (k instanceof Element c && walk(c)) return true;
            }
            return false;
        }
        return false;
    }

    /** One {@code <if>}/{@code <else-if>} for a record of the type with a DOI: known for its type and "DOI present" only. */
    private Truth condition(Element b) {
        String match = b.getAttribute("match").isEmpty() ? "all" : b.getAttribute("match");
        int yes = 0;
        int no = 0;
        int unknown = 0;
        for (int i = 0; i < b.getAttributes().getLength(); i++) {
            Node a = b.getAttributes().item(i);
            String attr = a.getLocalName() != null ? a.getLocalName() : a.getNodeName();
            if (attr.equals("match")) continue;
            for (String v : a.getNodeValue().trim().split("\\s+")) {
                if (attr.equals("type")) {
                    if (v.equals(type)) yes++;
                    else no++;
                } else if (attr.equals("variable") && v.equals("DOI")) yes++;
                else unknown++;
            }
        }
        return switch (match) {
            case "any" -> yes > 0 ? Truth.TRUE : unknown == 0 ? Truth.FALSE : Truth.UNKNOWN;
            case "none" -> yes > 0 ? Truth.FALSE : unknown == 0 ? Truth.TRUE : Truth.UNKNOWN;
            default -> no > 0 ? Truth.FALSE : unknown == 0 ? Truth.TRUE : Truth.UNKNOWN;
        };
    }
}
