package org.casereport.template;

import java.io.IOException;
import java.io.Writer;

/** What a template writes, up to a limit of characters (about bytes for the ASCII markup that most of it is). */
final class BoundedWriter extends Writer {
    /** The template wrote more than the limit. */
    static final class Full extends IOException {
        final long limit;

        Full(long limit) {
            super("the template wrote more than " + limit + " bytes", null);
            this.limit = limit;
        }
    }

    private final StringBuilder sb = new StringBuilder();
    private final long limit;

    BoundedWriter(long limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        if (sb.length() + (long) len > limit) throw new Full(limit);
        sb.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        if (sb.length() + (long) len > limit) throw new Full(limit);
        sb.append(str, off, off + len);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
