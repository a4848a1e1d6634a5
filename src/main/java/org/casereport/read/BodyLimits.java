package org.casereport.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.diag.CaseException;
import org.casereport.diag.Limits.Limit;
import org.casereport.diag.SourcePos;

/**
 * One pass over the body's lines before the Markdown parser sees them: nesting (quotes, lists, indentation),
 * paragraph length, table columns and the number of citations, each against its limit. The parser and the
 * line breaker of the PDF are recursive or worse than linear in these; a body past a limit is refused at the
 * line where it passes it.
 */
final class BodyLimits {
    private static final Pattern CITATION_START = Pattern.compile("[\\[;]\\s*-?@[\\p{L}\\p{N}_]");
    private static final Pattern LIST_MARKER = Pattern.compile("(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]+|$)");

    private BodyLimits() {
    }

    /**
     * @param lineOffset the lines of case.md before the body
     * @throws CaseException at the first limit passed
     */
    static void check(String file, int lineOffset, String body) {
        int depthLimit = Limit.NESTING_DEPTH.intValue();
        long paraLimit = Limit.PARAGRAPH_CHARS.get();
        int columnLimit = Limit.TABLE_COLUMNS.intValue();
        long citationLimit = Limit.CITATIONS.get();
        long citations = 0;
        long paraChars = 0;
        int paraLine = 0;
        int lineNo = lineOffset;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) end = body.length();
            lineNo++;
            String line = body.substring(start, end);
            int depth = depth(line);
            if (depth > depthLimit) {
                throw new CaseException(Limit.NESTING_DEPTH.refuse(new SourcePos(file, lineNo, 1),
                        "quotes, lists or indentation nested " + depth + " levels deep"));
            }
            if (line.isBlank()) {
                paraChars = 0;
            } else {
                if (paraChars == 0) paraLine = lineNo;
                paraChars += line.length() + 1;
                if (paraChars > paraLimit) {
                    throw new CaseException(Limit.PARAGRAPH_CHARS.refuse(new SourcePos(file, paraLine, 1),
                            "this paragraph is too long"));
                }
            }
            int columns = columns(line);
            if (columns > columnLimit) {
                throw new CaseException(Limit.TABLE_COLUMNS.refuse(new SourcePos(file, lineNo, 1),
                        "this table row has " + columns + " columns"));
            }
            if (line.indexOf('@') >= 0) {
                Matcher m = CITATION_START.matcher(line);
                while (m.find()) {
                    if (++citations > citationLimit) {
                        throw new CaseException(Limit.CITATIONS.refuse(new SourcePos(file, lineNo, m.start() + 1),
                                "this is citation number " + citations));
                    }
                }
            }
            start = end + 1;
        }
    }

    /** Quote marks, list markers and indentation (two columns a level) in front of the line's text. */
    static int depth(String line) {
        int depth = 0;
        int indent = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ') {
                indent++;
                i++;
            } else if (c == '\t') {
                indent += 4;
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else {
                Matcher m = LIST_MARKER.matcher(line).region(i, n);
                if (!m.lookingAt()) break;
                depth++;
                i = m.end();
            }
        }
        return depth + indent / 2;
    }

    /** The columns of a table row ({@code | a | b |}) or delimiter row ({@code ---|---}); 0 for other lines. */
    static int columns(String line) {
        String t = line.strip();
        if (t.indexOf('|') < 0) return 0;
        boolean delimiter = t.chars().allMatch(c -> c == '|' || c == '-' || c == ':' || c == ' ' || c == '\t');
        if (!t.startsWith("|") && !delimiter) return 0;
        int pipes = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\') i++;
            else if (c == '|') pipes++;
        }
        int cells = pipes + 1;
        if (t.startsWith("|")) cells--;
        if (t.endsWith("|") && t.length() > 1) cells--;
        return cells;
    }
}
