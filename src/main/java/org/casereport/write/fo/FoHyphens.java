package org.casereport.write.fo;

import org.casereport.hyphen.Hyphenation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * casereport's hyphenation for the FO engine: the text of every block the template marks {@code hyphenate="true"}
 * gets soft hyphens where {@link Hyphenation} allows a break (the journal's rules: none in names, abbreviations,
 * numbers, URLs…), and the mark is taken off, so FOP breaks only there and never with hyphenation patterns of its
 * own (it ships none). FOP's Knuth–Plass line breaker then chooses among these breaks paragraph-wide.
 */
final class FoHyphens {
    static final String FO_NS = "http://www.w3.org/1999/XSL/Format";

    private FoHyphens() {
    }

    static void apply(Document dom) {
        NodeList all = dom.getElementsByTagNameNS(FO_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (!"true".equals(e.getAttribute("hyphenate"))) continue;
            e.removeAttribute("hyphenate");
            hyphenate(e);
        }
    }

    /**
     * A group that stays on one line ("(рис. 1).", a note's mark with its word): FOP would print a soft hyphen
     * inside it as a visible hyphen, and it has no break to offer anyway.
     */
    private static boolean unbreakable(Element e) {
        return "always".equals(e.getAttribute("keep-together.within-line"));
    }

    private static void hyphenate(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) c.setNodeValue(Hyphenation.hyphenate(c.getNodeValue()));
            else if (c.getNodeType() == Node.ELEMENT_NODE && !unbreakable((Element) c)) hyphenate(c);
        }
    }
}
