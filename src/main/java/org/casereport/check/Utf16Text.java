package org.casereport.check;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A received .txt manuscript saved as UTF-16 (Windows Notepad's "Unicode", Word's "Unicode text"): with its byte
 * order mark, or without one, told by where its NUL bytes fall — the high byte of every ASCII character (spaces,
 * digits, punctuation, line ends) is 0 and is the second byte of each pair in little-endian text, the first in
 * big-endian. A binary file (a renamed .docx, .doc or PDF) has NUL bytes on both sides, or decodes to control
 * characters and broken surrogates, and is not taken for text.
 */
final class Utf16Text {
    private Utf16Text() {
    }

    /** The text, or null when the bytes are not UTF-16 text. */
    static String decode(byte[] b) {
        Charset marked = byteOrderMark(b);
        if (marked != null) return strict(b, 2, marked);
        Charset guess = byNulPattern(b);
        return guess == null ? null : strict(b, 0, guess);
    }

    /** Little- or big-endian when the bytes begin with that UTF-16 byte order mark, else null. */
    static Charset byteOrderMark(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** Little- or big-endian when the NUL bytes of the first 64 KB all fall on one side of the pairs, else null. */
    static Charset byNulPattern(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) return null;
        int n = Math.min(b.length, 65536);
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] != 0) continue;
            if (i % 2 == 0) even++;
            else odd++;
        }
        // every pair an ASCII character of the text gives has its NUL; at least one pair in eight is one
        // (spaces alone are more in any prose, Russian or English)
        if (even == 0 && odd * 8 >= n / 2) return StandardCharsets.UTF_16LE;
        if (odd == 0 && even * 8 >= n / 2) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** The bytes from {@code from} decoded strictly; null when they are broken or hold control characters. */
    private static String strict(byte[] b, int from, Charset cs) {
        if ((b.length - from) % 2 != 0) return null;
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return null;
            if (c == 0x7F || c >= 0xFFFE) return null;
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
