package org.casereport.template;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads templates through another loader and refuses any that could put something into the output that is not
 * in the input: the clock ({@code .now}), or FTL built from strings at run time ({@code ?eval},
 * {@code ?interpret}), which could reach the clock past this check. The same case and template then always
 * give the same bytes.
 */
final class ReproducibleLoader implements TemplateLoader {
    private static final Pattern UNREPRODUCIBLE = Pattern.compile("\\.\\s*now\\b|\\?\\s*(?:eval|interpret)\\b");

    /** A template refused, with the place of what refused it. */
    static final class Refused extends IOException {
        final String name;
        final int line;
        final int column;
        final String what;

        Refused(String name, int line, int column, String what) {
            super(name + ":" + line + ":" + column + ": " + what, null);
            this.name = name;
            this.line = line;
            this.column = column;
            this.what = what;
        }
    }

    private final TemplateLoader inner;

    ReproducibleLoader(TemplateLoader inner) {
        this.inner = inner;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Object s = inner.findTemplateSource(name);
        return s == null ? null : new Source(name, s);
    }

    @Override
    public long getLastModified(Object source) {
        return inner.getLastModified(((Source) source).inner);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        Source s = (Source) source;
        StringBuilder sb = new StringBuilder();
        try (Reader r = inner.getReader(s.inner, encoding)) {
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) sb.append(buf, 0, n);
        }
        String text = sb.toString();
        Matcher m = UNREPRODUCIBLE.matcher(text);
        if (m.find()) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String found = m.group().replaceAll("\\s+", "");
            String what = found.endsWith("now")
                    ? "the template reads the clock (.now): the same case would give different bytes each run; use the case's dates (the view model's dates)"
                    : "the template builds FTL at run time (" + found + "), which could read the clock; write the FTL out";
            throw new Refused(s.name, line, m.start() - lineStart + 1, what);
        }
        return new StringReader(text);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        inner.closeTemplateSource(((Source) source).inner);
    }

    private record Source(String name, Object inner) {
    }
}
