package org.casereport.write.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.casereport.model.Block;
import org.casereport.write.docx.DocxRuns.Fmt;

/** The body: headings, paragraphs, quotes and lists here; tables and figures by their own writers. */
final class BodyBlocks {
    private final DocxEnv env;
    private final DocxRuns out;
    private final InlineContent inlines;
    private final ListNumbering numbering;
    private final TableWriter tables;
    private final FigureWriter figures;

    BodyBlocks(DocxEnv env, InlineContent inlines, TableWriter tables, FigureWriter figures) {
        this.env = env;
        this.out = env.runs();
        this.inlines = inlines;
        this.numbering = new ListNumbering(env.doc());
        this.tables = tables;
        this.figures = figures;
    }

    void write(List<Block> blocks) {
        blocks(blocks, 0, false);
    }

    private void blocks(List<Block> blocks, int listDepth, boolean inQuote) {
        for (Block b : blocks) {
            block(b, listDepth, inQuote);
        }
    }

    private void block(Block b, int listDepth, boolean inQuote) {
        if (b instanceof Block.Heading h) {
            inlines.write(out.paragraph(Styles.heading(h.level())), h.content(), env.bodyLang(), Fmt.PLAIN);
        } else if (b instanceof Block.Paragraph p) {
            inlines.write(out.paragraph(inQuote ? Styles.QUOTE : Styles.NORMAL), p.content(), env.bodyLang(), Fmt.PLAIN);
        } else if (b instanceof Block.ListBlock l) {
            list(l, listDepth);
        } else if (b instanceof Block.Table t) {
            tables.write(t);
        } else if (b instanceof Block.Quote q) {
            blocks(q.content(), listDepth, true);
        } else if (b instanceof Block.FigureBlock f) {
            figures.write(f.figureId());
        }
    }

    private void list(Block.ListBlock l, int depth) {
        int level = Math.min(depth, 8);
        BigInteger numId = numbering.start(l.ordered(), level, l.start());
        for (List<Block> item : l.items()) {
            boolean first = true;
            for (Block b : item) {
                if (b instanceof Block.Paragraph p) {
                    XWPFParagraph para = out.paragraph(Styles.LIST);
                    if (first) {
                        numbered(para, numId, level);
                    } else {
                        para.setIndentationLeft(709 * (level + 1));
                    }
                    inlines.write(para, p.content(), env.bodyLang(), Fmt.PLAIN);
                } else if (b instanceof Block.ListBlock inner) {
                    if (first) numbered(out.paragraph(Styles.LIST), numId, level); // an item that starts with a list still gets its number
                    list(inner, depth + 1);
                } else {
                    block(b, depth + 1, false);
                }
                first = false;
            }
            if (item.isEmpty()) numbered(out.paragraph(Styles.LIST), numId, level);
        }
    }

    private static void numbered(XWPFParagraph para, BigInteger numId, int level) {
        para.setNumID(numId);
        para.setNumILvl(BigInteger.valueOf(level));
    }
}
