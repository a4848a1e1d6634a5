package org.casereport.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.casereport.diag.SourcePos;

/**
 * The one way a case's text files are decoded: strict UTF-8, and for a file that is not, the place of the first
 * byte that is not (line and column in characters) and advice in the words an author needs — a file saved as
 * Windows-1251 (the Russian Windows default) is named so.
 */
public final class Utf8 {
    private static final Charset CP1251 = Charset.forName("windows-1251");

    private Utf8() {
    }

    /** A file's bytes that are not UTF-8: where, and what to tell the author. */
    public record Malformed(SourcePos pos, String message) {
    }

    /**
     * The text of the bytes (a byte order mark dropped), or null with {@code malformed[0]} set.
     *
     * @param display how the file is named in messages
     */
    public static String decode(byte[] bytes, String display, Malformed[] malformed) {
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult r = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (r.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int col = before.length() - before.lastIndexOf('\n');
            int bad = bytes[in.position()] & 0xFF;
            malformed[0] = new Malformed(SourcePos.file(display).at(line, col), message(bytes, bad));
            return null;
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** "the file is not UTF-8 text (byte 0xC7 …); it looks like Windows-1251: save it as UTF-8". */
    static String message(byte[] bytes, int bad) {
        String what = String.format("the file is not UTF-8 text (byte 0x%02X here)", bad);
        if (looksLikeCp1251(bytes)) {
            return what + "; it looks like Windows-1251 (Cyrillic): open it in your editor and save it as UTF-8"
                    + " (Notepad: Save as, Encoding: UTF-8)";
        }
        return what + "; save it as UTF-8";
    }

    /** Most of its bytes above ASCII read as Cyrillic letters in Windows-1251. */
    static boolean looksLikeCp1251(byte[] bytes) {
        String s = new String(bytes, CP1251);
        int high = 0;
        int cyrillic = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) continue;
            high++;
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) cyrillic++;
        }
        return high > 0 && cyrillic * 10 >= high * 9;
    }
}
