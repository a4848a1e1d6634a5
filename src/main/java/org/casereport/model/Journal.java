package org.casereport.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A journal template, as read from {@code templates/<name>/journal.yaml}: the folder that holds its files
 * and its settings. Labels and wording live in the YAML (and the templates), never in Java.
 *
 * @param name      folder name under templates/
 * @param dirs      lookup order for the journal's files: the case's own {@code template/} folder, then
 *                  {@code templates/<name>/}, then {@code templates/default/}
 * @param settings  the whole journal.yaml as plain maps, lists and strings
 */
public record Journal(String name, List<Path> dirs, Path fontsDir, Map<String, Object> settings) {

    /** A setting by dotted path ("citations.style"), or {@code fallback}. */
    public String string(String path, String fallback) {
        Object v = lookup(path);
        return v == null ? fallback : v.toString();
    }

    public int integer(String path, int fallback) {
        Object v = lookup(path);
        if (v instanceof Number n) return n.intValue();
        if (v != null) {
            try {
                return Integer.parseInt(v.toString().trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String path) {
        Object v = lookup(path);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String path) {
        Object v = lookup(path);
        return v instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** A label in one language: {@code labels.<key>.<lang>} ("figure" → "Рис."). */
    public String label(String key, String lang) {
        return string("labels." + key + "." + lang, string("labels." + key + ".en", key));
    }

    /**
     * The first of the lookup folders that has this file, or null. A file that is there but links outside its
     * folder is refused with an error naming it (never read, never skipped silently for the next folder).
     */
    public Path find(String fileName) {
        for (Path d : dirs) {
            Path p;
            try {
                p = d.resolve(fileName).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
            if (!p.startsWith(d) || !java.nio.file.Files.isRegularFile(p)) continue;
            if (!inside(d, p)) {
                throw new org.casereport.diag.CaseException(org.casereport.diag.Diagnostic.error("template-outside",
                        org.casereport.diag.SourcePos.file(p.toString()), "the template file links outside its folder "
                                + d + "; copy the file into the folder instead of linking to it"));
            }
            return p;
        }
        return null;
    }

    private static boolean inside(Path dir, Path file) {
        try {
            return file.toRealPath().startsWith(dir.toRealPath());
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    private Object lookup(String path) {
        Object cur = settings;
        for (String part : path.split("\\.")) {
            if (!(cur instanceof Map<?, ?> m)) return null;
            cur = m.get(part);
        }
        return cur;
    }
}
