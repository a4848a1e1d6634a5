package org.casereport.diag;

/**
 * A place in an input file: the file as the user named it (relative to the working
 * directory or the case folder), and a 1-based line and column. Column 0 means "the whole line".
 */
public record SourcePos(String file, int line, int column) {
    public static SourcePos file(String file) {
        return new SourcePos(file, 0, 0);
    }

    public SourcePos at(int line, int column) {
        return new SourcePos(file, line, column);
    }

    @Override
    public String toString() {
        if (line <= 0) return file;
        return file + ":" + line + ":" + Math.max(column, 1);
    }
}
