package org.casereport.write;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casereport.write.docx.DocxWriter;

/** The known output formats, by name. */
public final class Writers {
    private static final Map<String, Writer> BY_NAME = new LinkedHashMap<>();

    static {
        register(new PdfEngines());
        register(new DocxWriter());
    }

    private Writers() {
    }

    private static void register(Writer w) {
        BY_NAME.put(w.format(), w);
    }

    /** The writer for a format name; an unknown name lists the known ones. */
    public static Writer get(String name) {
        Writer w = BY_NAME.get(name);
        if (w == null) {
            throw new IllegalArgumentException("unknown output format '" + name + "'; known formats: "
                    + String.join(", ", BY_NAME.keySet()));
        }
        return w;
    }

    public static java.util.Set<String> names() {
        return BY_NAME.keySet();
    }
}
