package org.casereport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.casereport.diag.CaseException;
import org.casereport.model.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configurations kept per template folders: shared while the files stay the same, made afresh after an edit. */
class TemplateCacheTest {
    private static Journal journal(Path... dirs) {
        return new Journal("test", List.of(dirs), dirs[0].resolve("fonts"), Map.of());
    }

    @Test
    void anEditedTemplateIsReadAgainWhileUnchangedFoldersShareTheirConfiguration(@TempDir Path tmp) throws Exception {
        Path own = Files.createDirectories(tmp.resolve("case/template"));
        Path journal = Files.createDirectories(tmp.resolve("templates/j"));
        Files.writeString(journal.resolve("t.ftlh"), "<p>${title}</p><#include \"part.ftlh\">");
        Files.writeString(journal.resolve("part.ftlh"), "<i>one</i>");
        Journal j = journal(own, journal);
        assertEquals("<p>A &amp; B</p><i>one</i>", Templates.forJournal(j).render("t.ftlh", Map.of("title", "A & B")));
        assertSame(TemplateCache.configuration(j.dirs(), () -> null), TemplateCache.configuration(j.dirs(), () -> null),
                "unchanged folders: one configuration");

        // an included template edited with the same size, in the same second: still read again
        Files.writeString(journal.resolve("part.ftlh"), "<i>two</i>");
        assertEquals("<p>x</p><i>two</i>", Templates.forJournal(j).render("t.ftlh", Map.of("title", "x")));

        // the case's own folder gains a template of the same name: it wins, as without the cache
        Files.writeString(own.resolve("part.ftlh"), "<b>own</b>");
        assertEquals("<p>x</p><b>own</b>", Templates.forJournal(j).render("t.ftlh", Map.of("title", "x")));
        Files.delete(own.resolve("part.ftlh"));
        assertEquals("<p>x</p><i>two</i>", Templates.forJournal(j).render("t.ftlh", Map.of("title", "x")));

        // a syntax error appears, is reported with its place, and is gone after the fix
        Files.writeString(journal.resolve("t.ftlh"), "<p>${title</p>");
        CaseException e = assertThrows(CaseException.class, () -> Templates.forJournal(j).render("t.ftlh", Map.of("title", "x")));
        assertEquals("template-syntax", e.diagnostics().get(0).rule());
        assertTrue(e.diagnostics().get(0).pos().file().endsWith("t.ftlh"), e.diagnostics().get(0).pos().toString());
        Files.writeString(journal.resolve("t.ftlh"), "<p>${title}!</p>");
        assertEquals("<p>x!</p>", Templates.forJournal(j).render("t.ftlh", Map.of("title", "x")));
    }

    @Test
    void foldersWithOtherContentGetTheirOwnConfiguration(@TempDir Path tmp) throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(a.resolve("t.ftlh"), "<p>a</p>");
        Files.writeString(b.resolve("t.ftlh"), "<p>b</p>");
        assertEquals("<p>a</p>", Templates.forJournal(journal(a)).render("t.ftlh", Map.of()));
        assertEquals("<p>b</p>", Templates.forJournal(journal(b)).render("t.ftlh", Map.of()));
        assertNotSame(TemplateCache.configuration(List.of(a), () -> null), TemplateCache.configuration(List.of(b), () -> null));
    }

    @Test
    void aTemplateRenderedManyTimesKeepsItsTimeLimitChecksOnce(@TempDir Path tmp) throws Exception {
        Path d = Files.createDirectories(tmp.resolve("loop"));
        Files.writeString(d.resolve("t.ftlh"), "<#list items as i>${i}</#list>");
        Journal j = journal(d);
        for (int k = 0; k < 50; k++) {
            assertEquals("123", Templates.forJournal(j).render("t.ftlh", Map.of("items", List.of(1, 2, 3))));
        }
        freemarker.template.Template t = TemplateCache.configuration(j.dirs(), () -> null).getTemplate("t.ftlh");
        assertEquals(1, checks(t.getRootTreeNode()), "the loop's interruption check, once");
    }

    @SuppressWarnings("deprecation")
    private static int checks(javax.swing.tree.TreeNode node) {
        int n = node.getClass().getSimpleName().equals("ThreadInterruptionCheck") ? 1 : 0;
        for (int i = 0; i < node.getChildCount(); i++) n += checks(node.getChildAt(i));
        return n;
    }
}
