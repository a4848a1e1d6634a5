package org.casereport.write.fo;

import java.io.IOException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The article's end block ({@code id="article-end"}, empty, page-wide) balances the last page's columns: a span
 * change makes FOP share the columns before it. When the end matter just fills the last column of a page (the hlh
 * case, its references' and end matter's spaces shrunk), FOP puts that empty span on a page of its own and the
 * article ends with a blank page. Then the end block is set as no span (a full page needs no balancing) and the FO
 * typeset again; kept when the blank page is gone, else put back.
 */
final class FoEmptyLastPage {
    static final String END_ID = "article-end";

    private FoEmptyLastPage() {
    }

    static FoFigures.Result drop(Document dom, FoFigures.Result set, FoFigures.Area area, FoFigures.Typeset typeset)
            throws IOException {
        FoFigures.Pages pages = FoFigures.Pages.read(set.pdf(), area);
        if (pages.pages() < 2 || !pages.blank(pages.pages() - 1)) return set;
        Element end = byId(dom);
        if (end == null || !"all".equals(end.getAttribute("span"))) return set;
        end.removeAttribute("span");
        FoFigures.Result again = typeset.apply();
        if (FoFigures.Pages.read(again.pdf(), area).pages() < pages.pages()) return again;
        end.setAttribute("span", "all");
        return set;
    }

    /** The end block, found by its id attribute (the FO is parsed without a schema, so no attribute is an ID). */
    private static Element byId(Document dom) {
        var all = dom.getElementsByTagNameNS(FoHyphens.FO_NS, "block");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (END_ID.equals(e.getAttribute("id"))) return e;
        }
        return null;
    }
}
