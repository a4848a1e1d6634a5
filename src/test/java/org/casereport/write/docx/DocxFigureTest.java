package org.casereport.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.casereport.model.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;

/** Figures in the DOCX: drawn at the template's text width, at least 300 dpi, SVG beside the PNG, or a placeholder. */
class DocxFigureTest {
    static final double EMU_PER_INCH = 914400;

    static XWPFDocument write(Path dir, FigureSource source) throws IOException {
        byte[] bytes = DocxFixtures.write(DocxFixtures.manuscript(dir), DocxFixtures.journal("default"), new DocxWriter(source));
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    static XWPFPicture onlyPicture(XWPFDocument d) {
        List<XWPFParagraph> figures = DocxWriterTest.paragraphs(d, "Figure");
        assertEquals(1, figures.size());
        List<XWPFPicture> pics = figures.get(0).getRuns().stream().flatMap(r -> r.getEmbeddedPictures().stream()).toList();
        assertEquals(1, pics.size());
        return pics.get(0);
    }

    /** Pixels across the picture divided by the inches it is drawn across. */
    static double dpi(XWPFPicture pic) {
        int[] px = FigureWriter.pngSize(pic.getPictureData().getData());
        assertNotNull(px, "the picture is a PNG");
        long cx = pic.getCTPicture().getSpPr().getXfrm().getExt().getCx();
        return px[0] / (cx / EMU_PER_INCH);
    }

    @Test
    void pictureAtTextWidthAndAtLeast300Dpi(@TempDir Path dir) throws IOException {
        try (XWPFDocument d = write(dir, DocxFixtures.drawing(0.5))) {
            XWPFPicture pic = onlyPicture(d);
            long cx = pic.getCTPicture().getSpPr().getXfrm().getExt().getCx();
            long cy = pic.getCTPicture().getSpPr().getXfrm().getExt().getCy();
            assertEquals(Math.round((11906 - 2 * 1134) / 20.0 * 12700), cx, 12700, "drawn across the text column of reference.docx");
            assertEquals(cx / 2.0, cy, (double) cx / FigureWriter.pngSize(pic.getPictureData().getData())[0], "aspect kept (to a pixel)");
            assertTrue(dpi(pic) >= 299.5, "dpi " + dpi(pic));
            assertEquals("image/png", pic.getPictureData().getPackagePart().getContentType());
            XWPFRun run = DocxWriterTest.paragraphs(d, "Figure").get(0).getRuns().get(0);
            var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            assertEquals("Диаграмма Ганта терапии пациента К.", docPr.getDescr(), "alt text: the caption");
            assertEquals(1L, docPr.getId(), "drawing ids counted from 1 in order of placement, not random");
            assertEquals(List.of("Рис. 1. Диаграмма Ганта терапии пациента К.", "Fig. 1. Gantt chart of the therapy of patient K."),
                    DocxWriterTest.texts(d, "Caption"));
        }
    }

    @Test
    void svgRidesBesideThePngAsSvgBlip(@TempDir Path dir) throws IOException {
        try (XWPFDocument d = write(dir, DocxFixtures.drawing(0.5))) {
            CTBlip blip = onlyPicture(d).getCTPicture().getBlipFill().getBlip();
            assertTrue(blip.isSetExtLst());
            assertEquals(FigureWriter.SVG_EXTENSION_URI, blip.getExtLst().getExtArray(0).getUri());
            String relId = null;
            try (XmlCursor c = blip.getExtLst().getExtArray(0).newCursor()) {
                if (c.toFirstChild()) {
                    assertEquals(FigureWriter.SVG_NS, c.getName().getNamespaceURI());
                    assertEquals("svgBlip", c.getName().getLocalPart());
                    relId = c.getAttributeText(new javax.xml.namespace.QName(FigureWriter.REL_NS, "embed"));
                }
            }
            assertNotNull(relId, "svgBlip r:embed");
            POIXMLDocumentPart svg = d.getRelationById(relId);
            assertNotNull(svg, "the svgBlip names a part of the document");
            assertEquals("image/svg+xml", svg.getPackagePart().getContentType());
            String text = new String(svg.getPackagePart().getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.startsWith("<svg"), text);
            XmlObject.Factory.parse(text); // well-formed
            String xml = new String(d.getPackagePart().getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xml.contains("<asvg:svgBlip r:embed=\"" + relId + "\" xmlns:asvg=\"" + FigureWriter.SVG_NS + "\"/>"),
                    "svgBlip written as Word writes it, its namespace declared where it is used");
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aTallFigureIsDrawnSmallerNotCut(@TempDir Path dir) throws IOException {
        try (XWPFDocument d = write(dir, DocxFixtures.drawing(3.0))) {
            XWPFPicture pic = onlyPicture(d);
            long cy = pic.getCTPicture().getSpPr().getXfrm().getExt().getCy();
            double textHeightEmu = (16838 - 2 * 1134) / 20.0 * 12700;
            assertTrue(cy <= textHeightEmu * 0.85 + 1, "fits the page: " + cy);
            assertTrue(dpi(pic) > 300, "smaller drawing, more dots per inch");
        }
    }

    @Test
    void aFigureThatCannotBeDrawnIsAnIOExceptionNamingIt(@TempDir Path dir) {
        FigureSource broken = new FigureSource() {
            @Override
            public byte[] png(Figure figure, double widthPt, int dpi, String lang, Path fontsDir) {
                throw new IllegalArgumentException("no drawing for a figure of kind " + figure.spec().kind());
            }

            @Override
            public String svg(Figure figure, double widthPt, String lang, Path fontsDir) {
                return null;
            }
        };
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> write(dir, broken));
        assertTrue(e.getMessage().contains("fig-timeline") && e.getMessage().contains("no drawing"), e.getMessage());
    }

    @Test
    void sameFigureSameBytesPngStored(@TempDir Path dir) throws IOException {
        var m = DocxFixtures.manuscript(dir);
        byte[] a = DocxFixtures.write(m, DocxFixtures.journal("default"), new DocxWriter(DocxFixtures.drawing(0.5)));
        byte[] b = DocxFixtures.write(m, DocxFixtures.journal("default"), new DocxWriter(DocxFixtures.drawing(0.5)));
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b);
        int pngs = 0;
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(a))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".png")) {
                    pngs++;
                    assertEquals(java.util.zip.ZipEntry.STORED, e.getMethod(), "a PNG is stored, not deflated again");
                } else {
                    assertEquals(java.util.zip.ZipEntry.DEFLATED, e.getMethod(), e.getName());
                }
            }
        }
        assertEquals(1, pngs);
    }
}
