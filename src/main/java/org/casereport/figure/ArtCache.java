package org.casereport.figure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.casereport.model.Figure;
import org.casereport.model.LocalizedText;

/**
 * The last PNG and SVG drawings of data figures (timeline, regimen), kept for a process that renders again
 * (the DOCX of the same case, a second render, a watch loop). A figure drawn from data is a pure function of its
 * record, the size, the language and the fonts folder, so equal keys give equal bytes. Image figures are not
 * kept: their file can change under the same record.
 */
final class ArtCache {
    private static final int SIZE = 32;
    private static final Map<Object, Object> CACHE = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > SIZE;
        }
    };

    private ArtCache() {
    }

    private record Key(Object spec, LocalizedText caption, String output, String parameters) {
    }

    static Object get(Figure figure, String output, String parameters, Supplier<Object> draw) {
        if (figure.spec() instanceof ImageSpec) return draw.get();
        Key key = new Key(figure.spec(), figure.caption(), output, parameters);
        synchronized (CACHE) {
            Object hit = CACHE.get(key);
            if (hit != null) return hit;
        }
        Object drawn = draw.get();
        synchronized (CACHE) {
            CACHE.put(key, drawn);
        }
        return drawn;
    }

    static void clear() {
        synchronized (CACHE) {
            CACHE.clear();
        }
    }
}
