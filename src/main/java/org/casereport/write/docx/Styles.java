package org.casereport.write.docx;

/** The style ids the DOCX writer uses; the journal's reference.docx defines each of them. */
final class Styles {
    static final String TITLE = "Title";
    static final String AUTHORS = "Authors";
    static final String AFFILIATION = "Affiliation";
    static final String CORRESPONDENCE = "Correspondence";
    /** The lines before the title (draft mark, UDC, article type, DOI); without this style, {@link #CORRESPONDENCE}. */
    static final String ARTICLE_INFO = "ArticleInfo";
    /** The «Для цитирования» / "For citation" lines; without this style, {@link #CORRESPONDENCE}. */
    static final String FOR_CITATION = "ForCitation";
    static final String ABSTRACT = "Abstract";
    static final String KEYWORDS = "Keywords";
    static final String NORMAL = "Normal";
    static final String LIST = "ListParagraph";
    static final String QUOTE = "Quote";
    static final String FIGURE = "Figure";
    static final String CAPTION = "Caption";
    /** A table's captions, above it; a reference document without this style gets {@link #CAPTION} there. */
    static final String TABLE_CAPTION = "TableCaption";
    static final String TABLE = "CaseTable";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    /** The paragraph after a table: the space between the table and the text that follows. */
    static final String AFTER_TABLE = "AfterTable";
    static final String BIBLIOGRAPHY_HEADING = "BibliographyHeading";
    static final String BIBLIOGRAPHY = "Bibliography";
    static final String STATEMENT = "Statement";
    static final String DATES = "Dates";
    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    // character styles
    static final String META_LABEL = "MetaLabel";
    static final String CAPTION_LABEL = "CaptionLabel";
    static final String AFFILIATION_MARK = "AffiliationMark";
    static final String HYPERLINK = "Hyperlink";
    static final String VERBATIM = "VerbatimChar";

    static String heading(int level) {
        return "Heading" + Math.max(1, Math.min(level, 3));
    }

    private Styles() {
    }
}
