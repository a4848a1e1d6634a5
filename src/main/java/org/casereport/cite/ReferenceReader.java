package org.casereport.cite;

import java.nio.file.Path;
import java.util.List;
import org.casereport.check.Diagnostics;
import org.casereport.model.Reference;

/** Reads a case's reference file — CSL-JSON (.json), BibTeX (.bib) or RIS (.ris) — into CSL-JSON records with positions. */
public final class ReferenceReader {
    private ReferenceReader() {
    }

    /**
     * @param file        the file to read
     * @param displayName how diagnostics name the file
     */
    public static List<Reference> read(Path file, String displayName, Diagnostics diagnostics) {
        throw new UnsupportedOperationException("ReferenceReader: not written yet");
    }
}
