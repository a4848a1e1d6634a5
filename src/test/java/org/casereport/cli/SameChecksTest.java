package org.casereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ORCID, e-mail and encoding checks are one implementation, run by render as by check, with the same
 * positioned lines. They used not to be: a mistyped ORCID check digit or an e-mail without its domain was an
 * error of check and rendered silently, and a reference file saved as Windows-1251 was "text-mojibake" at 1:1 in
 * check (read on as Windows-1251) but a positioned error in render. Each case is an example case with one change.
 */
class SameChecksTest {
    static final Path EXAMPLE = Path.of("cases/venetoclax-aml-after-neuroblastoma");

    @TempDir
    Path tmp;

    private Path copy(Path example, String name) throws IOException {
        Path dir = tmp.resolve(name);
        try (Stream<Path> s = Files.walk(example)) {
            for (Path p : s.toList()) {
                Path target = dir.resolve(example.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return dir;
    }

    private static List<String> lines(String output, String rule) {
        return output.lines().filter(l -> l.endsWith("[" + rule + "]")).toList();
    }

    @Test
    void aMistypedOrcidAndAMalformedEmailStopRenderAsTheyFailCheck() throws IOException {
        Path c = copy(EXAMPLE, "ids");
        String text = Files.readString(c.resolve("case.md"));
        // ORCID's documented sample iD is 0000-0002-1825-0097: the last digit mistyped
        String edited = text.replaceFirst("    corresponding: true\n", "    corresponding: true\n"
                + "    orcid: 0000-0002-1825-0098\n    email: antoshin.rdkb.ru\n");
        assertTrue(!edited.equals(text), "the example case still has its corresponding author");
        Files.writeString(c.resolve("case.md"), edited);
        CommandLineTest.Result check = CommandLineTest.run("check", "--no-care-files", c.toString());
        CommandLineTest.Result render = CommandLineTest.run("render", c.toString(), "--output", tmp.resolve("out").toString());

        String file = c.resolve("case.md").toString();
        int line = (int) edited.substring(0, edited.indexOf("orcid: 0000")).lines().count();
        List<String> orcid = lines(check.out(), "meta-orcid");
        assertEquals(List.of(file + ":" + line + ":12: error: ORCID iD \"0000-0002-1825-0098\" has check digit 8,"
                + " expected 7 (mistyped?): copy it from the author's orcid.org page [meta-orcid]"), orcid, check.out());
        List<String> email = lines(check.out(), "meta-email");
        assertEquals(1, email.size(), check.out());
        assertTrue(email.get(0).startsWith(file + ":" + (line + 1) + ":12: error: e-mail \"antoshin.rdkb.ru\" of Antoshin"
                + " is not well formed"), email.get(0));
        // render: the same lines, and nothing written
        assertEquals(ExitCodes.INPUT_ERRORS, render.code(), render.err());
        assertEquals(orcid, lines(render.err(), "meta-orcid"));
        assertEquals(email, lines(render.err(), "meta-email"));
        assertFalse(Files.exists(tmp.resolve("out/ids/ids.pdf")));
    }

    @Test
    void aReferenceFileSavedAsWindows1251IsTheSamePositionedErrorInCheckAndRender() throws IOException {
        // the HLH example's reference list: Russian sources (Доктор.Ру and others), saved as Windows-1251
        Path c = copy(Path.of("cases/hlh-after-pneumonia"), "cp1251");
        Path refs = c.resolve("references.json");
        String json = Files.readString(refs, StandardCharsets.UTF_8);
        Charset cp1251 = Charset.forName("windows-1251");
        Files.write(refs, json.getBytes(cp1251));
        int first = 0;
        while (json.charAt(first) < 0x80 || !cp1251.newEncoder().canEncode(json.charAt(first))) first++;
        String before = json.substring(0, first);
        int line = 1 + (int) before.chars().filter(ch -> ch == '\n').count();
        int col = before.length() - before.lastIndexOf('\n');

        CommandLineTest.Result check = CommandLineTest.run("check", "--no-care-files", c.toString());
        CommandLineTest.Result render = CommandLineTest.run("render", c.toString(), "--output", tmp.resolve("out").toString());
        List<String> checked = lines(check.out(), "encoding");
        assertEquals(1, checked.size(), check.out());
        assertTrue(checked.get(0).startsWith(refs + ":" + line + ":" + col + ": error: the file is not UTF-8 text (byte 0x"), checked.get(0));
        assertTrue(checked.get(0).contains("it looks like Windows-1251 (Cyrillic): open it in your editor and save it as UTF-8"), checked.get(0));
        assertFalse(check.out().contains("references.json:1:1:"), check.out());
        assertEquals(checked, lines(render.err(), "encoding"));
        assertEquals(ExitCodes.INPUT_ERRORS, render.code());
    }

    @Test
    void aReceivedManuscriptSavedAsWindows1251IsSaidAtItsFirstByteAndStillChecked() throws IOException {
        // a reference as Доктор.Ру printed it (the source of the HLH example, cases/hlh-after-pneumonia/README.md)
        String text = "Литература\n\n1. Багдасарян Н.Г., Айвазян Г.С., Аветисян Л.А., Мнацаканян Н.Р., Алексанян Л.Т."
                + " Гемофагоцитарный лимфогистиоцитоз в педиатрической практике. Доктор.Ру. 2021;20(3):66–69.\n";
        Path m = tmp.resolve("manuscript.txt");
        Files.write(m, text.getBytes(Charset.forName("windows-1251")));
        CommandLineTest.Result check = CommandLineTest.run("check", "--no-care-files", m.toString());
        List<String> said = lines(check.out(), "text-mojibake");
        assertEquals(List.of(m + ":1:1: error: the file is not UTF-8 text (byte 0xCB here); it looks like Windows-1251"
                + " (Cyrillic): open it in your editor and save it as UTF-8 (Notepad: Save as, Encoding: UTF-8);"
                + " this check reads it as Windows-1251 [text-mojibake]"), said, check.out());
    }
}
