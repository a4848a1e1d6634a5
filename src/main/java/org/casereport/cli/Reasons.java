package org.casereport.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.casereport.diag.Printable;

/** What went wrong with a file, said in one line with its reason ("out/x.pdf: permission denied"). */
final class Reasons {
    private Reasons() {
    }

    static String of(IOException e) {
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason();
            if (reason == null) {
                reason = e instanceof NoSuchFileException ? "no such file or folder"
                        : e instanceof AccessDeniedException ? "permission denied"
                        : e instanceof FileAlreadyExistsException ? "is in the way: it exists and is not a folder"
                        : e instanceof NotDirectoryException ? "not a folder"
                        : e instanceof DirectoryNotEmptyException ? "a folder that is not empty is in the way"
                        : e.getClass().getSimpleName();
            }
            String file = fs.getFile() == null ? "" : fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": ";
            return Printable.of(file + reason);
        }
        return Printable.of(message(e));
    }

    /** The message of a throwable on one line, with its causes when they add something. */
    static String message(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 400; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            m = m.replaceAll("\\s+", " ").strip();
            if (sb.indexOf(m) >= 0) continue;
            if (sb.length() > 0) sb.append(": ");
            sb.append(t.getMessage() == null || t == e && !(t instanceof IOException) && t.getClass() != RuntimeException.class
                    ? t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + m) : m);
        }
        return sb.toString();
    }
}
