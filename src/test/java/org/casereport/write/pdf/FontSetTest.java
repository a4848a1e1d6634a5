package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.casereport.model.Manuscript;
import org.casereport.model.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fonts of a journal are parsed once per process and lent to one document at a time: renders on several
 * threads at once give the bytes of a render alone, a render with the fonts already parsed parses none again,
 * and a font file that changed is read again (not the stale copy of the cache).
 */
class FontSetTest {
    @TempDir
    Path tmp;

    /** The embedded fonts of every page: their base names without the subset tag ("PTSerif-Regular"). */
    static TreeSet<String> fonts(byte[] pdf) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage page : d.getPages()) {
                PDResources r = page.getResources();
                for (COSName n : r.getFontNames()) {
                    PDFont f = r.getFont(n);
                    assertTrue(f.isEmbedded(), f.getName() + " embedded");
                    String name = f.getName();
                    assertTrue(name.matches("[A-Z]{6}\\+.+"), name + " is a subset");
                    names.add(name.substring(7));
                }
            }
        }
        return names;
    }

    @Test
    void rendersOnSeveralThreadsAtOnceGiveTheBytesOfOneRender() throws Exception {
        Manuscript m = Fixtures.manuscript();
        Journal j = Fixtures.journal("default", null);
        byte[] alone = Fixtures.render(m, j);
        int parsed = FontSet.PARSED.get();
        byte[] again = Fixtures.render(m, j);
        assertEquals(parsed, FontSet.PARSED.get(), "a second render parses no font again");
        assertArrayEquals(alone, again);
        assertTrue(fonts(alone).containsAll(List.of("PTSerif-Regular", "PTSerif-Italic", "PTSans-Bold")), fonts(alone).toString());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) running.add(pool.submit(() -> Fixtures.render(m, j)));
            for (Future<byte[]> f : running) assertArrayEquals(alone, f.get(), "a render beside three others");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFontFileThatChangedIsReadAgain() throws Exception {
        Path fonts = tmp.resolve("fonts");
        Files.createDirectories(fonts);
        try (var s = Files.list(Fixtures.TEMPLATES.resolve("fonts"))) {
            for (Path p : s.toList()) Files.copy(p, fonts.resolve(p.getFileName().toString()));
        }
        Journal base = Fixtures.journal("default", null);
        Journal j = new Journal(base.name(), base.dirs(), fonts, base.settings());
        Manuscript m = Fixtures.manuscript();
        byte[] before = Fixtures.render(m, j);
        assertTrue(fonts(before).contains("PTSerif-Regular"), fonts(before).toString());

        // the regular serif replaced by the sans: its own tables now name it PT Sans, and the PDF has no PT Serif regular
        Path serif = fonts.resolve("PTSerif-Regular.ttf");
        FileTime was = Files.getLastModifiedTime(serif);
        Files.copy(fonts.resolve("PTSans-Regular.ttf"), serif, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(serif, FileTime.fromMillis(was.toMillis() + 10_000));
        byte[] after = Fixtures.render(m, j);
        assertFalse(fonts(after).contains("PTSerif-Regular"), "the changed file is read again: " + fonts(after));
        assertFalse(java.util.Arrays.equals(before, after));
    }
}
