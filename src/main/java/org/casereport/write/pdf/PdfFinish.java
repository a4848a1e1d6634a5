package org.casereport.write.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import java.nio.charset.StandardCharsets;
import org.casereport.write.RenderContext;

/**
 * The last touch on a PDF another engine made (the FO engine): the journal it was rendered for in the document
 * information ({@link PdfWriter#JOURNAL_KEY}, read back by {@code check}) and a trailer /ID from the content, so
 * the same input gives the same bytes; and what FOP 2.10 leaves out of PDF/A-2u and PDF/UA-1 (see below).
 */
public final class PdfFinish {
    private PdfFinish() {
    }

    public static byte[] finish(byte[] pdf, RenderContext context, byte[] id) throws IOException {
        return finish(pdf, context, id, null);
    }

    /**
     * The same, after the words the engine broke at a line end at one of {@code breaks} are marked to extract
     * whole ({@link HyphenMarks}, as for openhtmltopdf's PDF).
     */
    public static byte[] finish(byte[] pdf, RenderContext context, byte[] id, OfferedBreaks breaks) throws IOException {
        if (breaks != null) pdf = HyphenMarks.mark(pdf, breaks);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (context.journal() != null) {
                doc.getDocumentInformation().setCustomMetadataValue(PdfWriter.JOURNAL_KEY, context.journal().name());
            }
            completeXmp(doc, context);
            var root = doc.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) nameNotes(root.getKids(), new int[1]);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Every Note structure element gets an ID (PDF/UA-1 7.9: FOP 2.10 tags a footnote as Note without one). */
    private static void nameNotes(java.util.List<Object> kids, int[] n) {
        for (Object k : kids) {
            if (!(k instanceof PDStructureElement e)) continue;
            if ("Note".equals(e.getStructureType()) && e.getElementIdentifier() == null) {
                e.setElementIdentifier("note-" + (++n[0]));
            }
            nameNotes(e.getKids(), n);
        }
    }

    /**
     * FOP 2.10 writes the PDF/UA identification schema into the XMP's PDF/A extension schemas with the
     * {@code pdfaSchema:} and {@code pdfaProperty:} prefixes but without declaring them, so the packet is not
     * well-formed XML and PDF/A (6.6.2.1) fails; the declarations are added to that description. Its metadata date
     * is the render's timestamp; its title and description become language alternatives and its subject a bag, as XMP has them.
     */
    private static void completeXmp(PDDocument doc, RenderContext context) throws IOException {
        PDMetadata md = doc.getDocumentCatalog().getMetadata();
        if (md == null) return;
        String xmp = new String(md.toByteArray(), StandardCharsets.UTF_8);
        String ext = "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"";
        String was = xmp;
        // the metadata date FOP takes from the clock: the render's one date instead (same input, same bytes)
        xmp = xmp.replaceAll("<xmp:MetadataDate>[^<]*</xmp:MetadataDate>", "<xmp:MetadataDate>"
                + java.time.format.DateTimeFormatter.ISO_INSTANT.format(context.timestamp()) + "</xmp:MetadataDate>");
        // dc:title and dc:description are language alternatives (XMP, 8.4; PDF/A 6.6.2.3.1), FOP writes plain text
        for (String dc : new String[] {"title", "description"}) {
            xmp = xmp.replaceAll("<dc:" + dc + ">(?!\\s*<rdf:Alt)([^<]*)</dc:" + dc + ">",
                    "<dc:" + dc + "><rdf:Alt><rdf:li xml:lang=\"x-default\">$1</rdf:li></rdf:Alt></dc:" + dc + ">");
        }
        // dc:subject is an unordered array
        xmp = xmp.replaceAll("<dc:subject>(?!\\s*<rdf:Bag)([^<]*)</dc:subject>",
                "<dc:subject><rdf:Bag><rdf:li>$1</rdf:li></rdf:Bag></dc:subject>");
        if (xmp.contains(ext) && !xmp.contains("xmlns:pdfaSchema=")) xmp = xmp.replace(ext, ext + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"");
        if (xmp.equals(was)) return;
        PDMetadata fresh = new PDMetadata(doc);
        fresh.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(fresh);
    }
}
