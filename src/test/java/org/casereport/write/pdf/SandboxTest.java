package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.model.Block;
import org.casereport.model.Inline;
import org.casereport.model.Manuscript;
import org.casereport.model.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted input stays contained: case templates, Markdown text, resource addresses. */
class SandboxTest {
    @TempDir
    Path caseTemplate;

    private static final String HEAD = "<#ftl output_format=\"XHTML\">\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ru\"><head><title>${pdf.title}</title>\n"
            + "<link rel=\"stylesheet\" type=\"text/css\" href=\"article.css\"/>\n";

    private byte[] render(Journal j, List<String> refused) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter(refused::add).write(Fixtures.manuscript(), Fixtures.context(j), out);
        return out.toByteArray();
    }

    private void override(String template) throws Exception {
        Files.writeString(caseTemplate.resolve("article.ftlh"), template, StandardCharsets.UTF_8);
    }

    @Test
    void aCaseTemplateCannotReachFilesOrTheNetwork() throws Exception {
        Path secret = Files.writeString(caseTemplate.getParent().resolve("secret-" + caseTemplate.getFileName() + ".css"),
                "body { color: red }");
        override(HEAD
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"file:///etc/passwd\"/>\n"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"http://example.invalid/evil.css\"/>\n"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"../" + secret.getFileName() + "\"/>\n"
                + "</head><body><p>Проверка песочницы</p>\n"
                + "<img src=\"file:///etc/passwd\" alt=\"a\"/>\n"
                + "<img src=\"https://example.invalid/pixel.png\" alt=\"b\"/>\n"
                + "<img src=\"/etc/hostname\" alt=\"c\"/>\n"
                + "<img src=\"jar:file:/x.jar!/y.png\" alt=\"d\"/>\n"
                + "</body></html>\n");
        List<String> refused = new ArrayList<>();
        byte[] pdf = render(Fixtures.journal("default", caseTemplate), refused);
        String all = String.join("\n", refused);
        assertTrue(all.contains("file:///etc/passwd"), all);
        assertTrue(all.contains("http://example.invalid/evil.css"), all);
        assertTrue(all.contains("https://example.invalid/pixel.png"), all);
        assertTrue(all.contains("jar:file:/x.jar!/y.png"), all);
        assertTrue(all.contains("../" + secret.getFileName()), all);
        assertTrue(all.contains("/etc/hostname") || all.contains("template:/etc/hostname"), all);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Проверка песочницы"), text);
            assertFalse(text.contains("root:"), text);
            for (PDPage p : doc.getPages()) {
                for (COSName n : p.getResources().getXObjectNames()) {
                    assertFalse(p.getResources().isImageXObject(n), "an image was loaded: " + n);
                }
            }
        }
    }

    @Test
    void theJournalsOwnFilesAreStillFound() throws Exception {
        // the override lives in the case folder; article.css comes from templates/default/
        override(HEAD + "</head><body><p class=\"keywords\">Из шаблона случая</p></body></html>\n");
        List<String> refused = new ArrayList<>();
        byte[] pdf = render(Fixtures.journal("default", caseTemplate), refused);
        assertEquals(List.of(), refused);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Из шаблона случая"));
            // article.css was applied: the only fonts are the template's
            for (COSName n : doc.getPage(0).getResources().getFontNames()) {
                assertTrue(doc.getPage(0).getResources().getFont(n).getName().contains("+PT"));
            }
        }
    }

    @Test
    void aTemplateCannotCreateJavaObjects() throws Exception {
        override(HEAD + "</head><body>\n${\"freemarker.template.utility.Execute\"?new()(\"id\")}</body></html>");
        CaseException e = assertThrows(CaseException.class, () -> render(Fixtures.journal("default", caseTemplate), new ArrayList<>()));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("template-error", d.rule());
        assertTrue(d.pos().file().endsWith("article.ftlh"), d.toString());
        assertEquals(5, d.pos().line(), d.toString());
    }

    @Test
    void aTemplateCannotReachTheJavaApi() throws Exception {
        override(HEAD + "</head><body>${pdf?api.getClass()}</body></html>");
        CaseException e = assertThrows(CaseException.class, () -> render(Fixtures.journal("default", caseTemplate), new ArrayList<>()));
        assertEquals("template-error", e.diagnostics().get(0).rule());
    }

    @Test
    void aTemplateCannotIncludeFilesOutsideTheLookupFolders() throws Exception {
        override(HEAD + "</head><body><#include \"../../../../../../etc/passwd\"></body></html>");
        CaseException e = assertThrows(CaseException.class, () -> render(Fixtures.journal("default", caseTemplate), new ArrayList<>()));
        assertTrue(e.diagnostics().get(0).rule().startsWith("template-"), e.diagnostics().toString());
    }

    @Test
    void aTemplateSyntaxErrorHasItsPosition() throws Exception {
        override(HEAD + "</head><body>\n\n<#if pdf.title>unclosed</body></html>");
        CaseException e = assertThrows(CaseException.class, () -> render(Fixtures.journal("default", caseTemplate), new ArrayList<>()));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("template-syntax", d.rule(), d.toString());
        assertTrue(d.toString().matches(".*article\\.ftlh:\\d+:\\d+: error: .*"), d.toString());
    }

    @Test
    void aTemplateWithADoctypeIsRefused() throws Exception {
        // external entities (XXE) never reach the XML parser
        override("<#ftl output_format=\"XHTML\"><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>&x;</body></html>");
        CaseException e = assertThrows(CaseException.class, () -> render(Fixtures.journal("default", caseTemplate), new ArrayList<>()));
        assertEquals("template-xhtml", e.diagnostics().get(0).rule());
    }

    @Test
    void markdownTextCannotInjectMarkup() throws Exception {
        Manuscript m = Fixtures.manuscript();
        List<Block> body = new ArrayList<>(m.body());
        body.add(0, new Block.Paragraph(List.of(new Inline.Text("<b>жирный</b> & <img src=\"file:///etc/passwd\"/> ]]> &amp;", Fixtures.POS)),
                Fixtures.POS));
        body.add(1, new Block.Paragraph(List.of(new Inline.Link("javascript:alert(1)", List.of(new Inline.Text("ссылка", Fixtures.POS)), Fixtures.POS)),
                Fixtures.POS));
        m = m.withBody(body);
        Journal j = Fixtures.journal("default", null);
        String xhtml = PdfWriter.xhtml(m, j);
        assertTrue(xhtml.contains("&lt;b&gt;жирный&lt;/b&gt; &amp; &lt;img src=&quot;file:///etc/passwd&quot;/&gt; ]]&gt; &amp;amp;"), xhtml);
        assertFalse(xhtml.contains("javascript:"), xhtml);
        List<String> refused = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter(refused::add).write(m, Fixtures.context(j), out);
        assertEquals(List.of(), refused);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = PdfWriterTest.squash(new PDFTextStripper().getText(doc));
            assertTrue(text.contains(PdfWriterTest.squash("<b>жирный</b> & <img src=\"file:///etc/passwd\"/> ]]> &amp;")), text);
        }
    }

    @Test
    void sandboxAddresses() {
        Journal j;
        try {
            j = Fixtures.journal("default", caseTemplate);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        ResourceSandbox s = new ResourceSandbox(j);
        assertEquals("template:/article.css", s.resolveURI(ResourceSandbox.BASE, "article.css"));
        assertEquals("template:/img/logo.png", s.resolveURI(ResourceSandbox.BASE, "img/logo.png"));
        assertNull(s.resolveURI(ResourceSandbox.BASE, "../article.css"));
        assertNull(s.resolveURI(ResourceSandbox.BASE, "file:///etc/passwd"));
        assertNull(s.resolveURI(ResourceSandbox.BASE, "//example.invalid/x.css"));
        assertNull(s.resolveURI(ResourceSandbox.BASE, "https://example.invalid/x.css"));
        assertNull(s.resolveURI(ResourceSandbox.BASE, "template:/../../etc/passwd"));
        assertNull(s.resolveURI(ResourceSandbox.BASE, "a%2F..%2F..%2Fetc/passwd"));
        assertNull(ResourceSandbox.fileName("template:/a/../../b"));
        assertEquals("article.css", ResourceSandbox.fileName("template:/article.css?x#y"));
        assertTrue(s.test("template:/article.css", null));
        assertFalse(s.test("http://example.invalid/", null));
        assertFalse(s.test("file:/etc/passwd", null));
        assertNull(s.getUrl("template:/no-such-file.css").getStream());
        assertNull(s.getUrl("template:/../journal.yaml").getStream());
    }

    @Test
    void aTemplateMustAutoEscape() throws Exception {
        override("<#ftl output_format=\"plainText\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>${pdf.title}</body></html>");
        CaseException e = assertThrows(CaseException.class, () -> render(Fixtures.journal("default", caseTemplate), new ArrayList<>()));
        assertEquals("template-escaping", e.diagnostics().get(0).rule());
        override("<#ftl auto_esc=false><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>${pdf.title}</body></html>");
        e = assertThrows(CaseException.class, () -> render(Fixtures.journal("default", caseTemplate), new ArrayList<>()));
        assertEquals("template-escaping", e.diagnostics().get(0).rule());
    }
}
