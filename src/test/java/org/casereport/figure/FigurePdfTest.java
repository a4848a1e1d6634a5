package org.casereport.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereport.model.Figure;
import org.casereport.model.Manuscript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The figures drawn into a PDF through openhtmltopdf: vector paths, labels as real text in an embedded font. */
class FigurePdfTest {
    static Figure timeline;
    static Figure regimen;

    @BeforeAll
    static void read() {
        timeline = Examples.read("timeline");
        regimen = Examples.read("regimen");
    }

    /** A minimal document: each figure in an object element of the column width and its height. */
    static byte[] render(Manuscript m, String lang) throws IOException {
        double w = Examples.COLUMN;
        StringBuilder html = new StringBuilder("<html><head><style>@page{size:A4;margin:20mm}"
                + "body{font-family:'PT Sans';font-size:9pt} object{display:block;margin:6pt 0}</style></head><body>");
        for (Figure f : m.figures()) {
            double h = FigureArt.heightFor(f, w, Examples.FONTS);
            html.append(String.format(Locale.ROOT, "<p>%s</p><object type=\"%s\" data=\"%s\" style=\"width:%.2fpt;height:%.2fpt\"></object>",
                    f.id(), FigureArt.objectType(), f.id(), w, h));
        }
        html.append("</body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useFont(Examples.FONTS.resolve("PTSans-Regular.ttf").toFile(), "PT Sans");
        b.useObjectDrawerFactory(FigureArt.pdfDrawers(m, lang, Examples.FONTS));
        b.withHtmlContent(html.toString(), Examples.CASE.toUri().toString());
        b.toStream(out);
        b.run();
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
        }
    }

    @Test
    void russianLabelsAreTextInThePdf() throws IOException {
        String t = text(render(Examples.manuscript(List.of(timeline, regimen)), "ru"));
        for (String s : List.of("Диагноз НБ", "Ремиссия", "Индукция", "Туморадреналэктомия", "июл 2020", "янв 2022",
                "Химиотерапия", "приблизительная дата", "5-Азацитидин", "Венетоклакс", "25 мг, п/к",
                "360 мг/м², внутрь", "перерыв 14 дн.", "с мар 2024", "вориконазола", "День курса")) {
            assertTrue(t.contains(s), () -> "missing '" + s + "' in:\n" + t);
        }
        assertFalse(t.contains("Jul 2020"), "English labels in a Russian figure");
    }

    @Test
    void englishLabelsAreTextInThePdf() throws IOException {
        String t = text(render(Examples.manuscript(List.of(timeline, regimen)), "en"));
        for (String s : List.of("NB diagnosis", "Remission", "Jul 2020", "Jan 2022", "Chemotherapy", "approximate date",
                "5-Azacitidine", "Venetoclax", "25 mg, s.c.", "360 mg/m², p.o.", "break 14 d", "from Mar 2024",
                "Day of course")) {
            assertTrue(t.contains(s), () -> "missing '" + s + "' in:\n" + t);
        }
        assertFalse(t.contains("июл"), "Russian labels in an English figure");
    }

    @Test
    void generatedFiguresAreVectorWithEmbeddedFont() throws IOException {
        byte[] pdf = render(Examples.manuscript(List.of(timeline, regimen)), "ru");
        // kept for a look: target/figures-ru.pdf
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("target"))) {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "figures-ru.pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> images = new ArrayList<>();
            List<PDFont> fonts = new ArrayList<>();
            int forms = 0;
            for (PDPage page : doc.getPages()) forms += walk(page.getResources(), images, fonts, 0);
            assertEquals(List.of(), images, "a generated figure must not be a raster image");
            assertTrue(forms >= 2, "each figure is a form XObject, found " + forms);
            assertTrue(fonts.stream().anyMatch(f -> f.getName().contains("PTSans") && f.isEmbedded()),
                    () -> "figure text in embedded PT Sans; fonts: " + fonts.stream().map(PDFont::getName).toList());
            assertTrue(fonts.stream().allMatch(PDFont::isEmbedded), "every font embedded");
            assertTrue(fonts.stream().anyMatch(f -> f.getName().contains("PTSans-Bold")), "drug names in bold");
            // the document's PT Sans (the page text uses it) is reused, not embedded a second time
            List<Object> regular = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    if (f.getName().endsWith("PTSans-Regular")) regular.add(f.getCOSObject());
                }
            }
            fonts.stream().filter(f -> f.getName().endsWith("PTSans-Regular")).forEach(f -> regular.add(f.getCOSObject()));
            assertTrue(regular.size() >= 2);
            assertEquals(1, regular.stream().distinct().count());
        }
    }

    @Test
    void sameFiguresSameDrawingInThePdf() throws IOException {
        Manuscript m = Examples.manuscript(List.of(timeline, regimen));
        assertEquals(formContents(render(m, "ru")), formContents(render(m, "ru")));
    }

    /** The content streams of the figure forms, as text. */
    private static List<String> formContents(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getXObjectNames()) {
                    if (res.getXObject(n) instanceof PDFormXObject form) {
                        try (var in = form.getContents()) {
                            out.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
                        }
                    }
                }
            }
        }
        assertEquals(2, out.size());
        assertTrue(out.get(0).contains("Tj") || out.get(0).contains("TJ"), "text operators in the figure");
        return out;
    }

    @Test
    void imageFiguresInThePdf() throws IOException {
        Figure scan = FigureReaderTest.good("scan");
        Figure drawing = FigureReaderTest.good("drawing");
        byte[] pdf = render(Examples.manuscript(List.of(scan, drawing)), "en");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> images = new ArrayList<>();
            int forms = 0;
            for (PDPage page : doc.getPages()) forms += walk(page.getResources(), images, new ArrayList<>(), 0);
            assertEquals(1, images.size(), "the PNG is one image; the SVG is drawn as vector paths: " + images);
            assertTrue(forms >= 2);
        }
    }

    private static int walk(PDResources res, List<String> images, List<PDFont> fonts, int depth) throws IOException {
        if (res == null || depth > 8) return 0;
        int forms = 0;
        if (depth > 0) for (COSName n : res.getFontNames()) fonts.add(res.getFont(n));   // fonts of the figures only
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDImageXObject) images.add(n.getName());
            if (x instanceof PDFormXObject form) {
                forms++;
                forms += walk(form.getResources(), images, fonts, depth + 1);
            }
        }
        return forms;
    }
}
