package org.casereport.model;
import org.casereport.diag.SourcePos;

import java.util.Map;

/**
 * One bibliography record as read from references.json / .bib / .ris, in CSL-JSON form
 * (keys and values as in the CSL-JSON schema), with where it was written.
 */
public record Reference(String id, Map<String, Object> csl, SourcePos pos) {
    public String type() {
        Object t = csl.get("type");
        return t == null ? "article-journal" : t.toString();
    }

    public String language() {
        Object l = csl.get("language");
        return l == null ? "en" : l.toString();
    }
}
