package org.casereport.write.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casereport.model.Journal;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.RenderContext;
import org.casereport.write.Writers;

/** Every case under cases/ rendered through the registry's PDF writer with its journal set to {@code pdf.engine: fo}. */
public final class FoCases {
    record Rendered(Path dir, byte[] pdf, RenderContext context) {
    }

    private FoCases() {
    }

    /** The journal with {@code pdf.engine: fo} added to its settings. */
    public static Journal fo(Journal j) {
        return engine(j, "fo");
    }

    /** The journal with {@code pdf.engine} set to {@code engine} ("html": openhtmltopdf, "fo": Apache FOP). */
    public static Journal engine(Journal j, String engine) {
        Map<String, Object> settings = new LinkedHashMap<>(j.settings());
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = settings.get("pdf") instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        pdf.put("engine", engine);
        settings.put("pdf", pdf);
        return new Journal(j.name(), j.dirs(), j.fontsDir(), settings);
    }

    static List<Path> dirs() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("cases"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("case.md"))).sorted().toList();
        }
    }

    static Rendered render(Path dir) throws Exception {
        Pipeline.Loaded loaded = Pipeline.load(dir, Path.of("templates"));
        RenderContext context = new RenderContext(fo(loaded.journal()), Pipeline.timestamp(loaded.manuscript()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writers.get("pdf").write(loaded.manuscript(), context, out);
        return new Rendered(dir, out.toByteArray(), context);
    }

    static List<Rendered> all() throws Exception {
        List<Rendered> out = new ArrayList<>();
        for (Path d : dirs()) out.add(render(d));
        return out;
    }
}
