package org.casereport.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.casereport.diag.SourcePos;

/**
 * The text of a file as read (a byte order mark dropped, line ends as written) with the offset where each line
 * starts: turns offsets into {@code line:col} and back. Kept by the reader so that the checker places its findings
 * and {@code --fix} edits the file by the positions of the one reading.
 *
 * @param file how diagnostics name the file
 */
public record CaseText(String file, String text, int[] lineStarts) {

    public static CaseText of(String file, String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        return new CaseText(file, text, starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The 0-based line of an offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The place of an offset: 1-based line and column. */
    public SourcePos pos(int offset) {
        int line = lineOf(offset);
        return new SourcePos(file, line + 1, offset - lineStarts[line] + 1);
    }

    /** The offset of a 0-based line and column. */
    public int offset(int line, int column) {
        return lineStarts[line] + column;
    }

    /** How many lines the text has (a final line end does not start another). */
    public int lineCount() {
        int n = lineStarts.length;
        return n > 1 && lineStarts[n - 1] == text.length() ? n - 1 : n;
    }

    /** Line {@code i} (0-based) without its line end. */
    public String line(int i) {
        int start = lineStarts[i];
        int end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, Math.max(start, end));
    }

    /** The lines, each without its line end. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lineCount(); i++) out.add(line(i));
        return out;
    }
}
