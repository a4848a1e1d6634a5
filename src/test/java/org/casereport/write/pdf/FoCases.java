package org.casereport.write.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casereport.model.Journal;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.Render;
import org.casereport.write.RenderContext;
import org.casereport.write.Writers;

/**
 * Every case under cases/ rendered as the command line renders it ({@link Render#write}: the line-end ties applied
 * once, then the registry's PDF writer) with its journal set to {@code pdf.engine: fo}. The PDF writer called on the
 * loaded manuscript directly skips the ties, and its pages broke elsewhere than the command line's.
 */
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
        Pipeline.Loaded read = Pipeline.load(dir, Path.of("templates"));
        Pipeline.Loaded loaded = new Pipeline.Loaded(read.manuscript(), fo(read.journal()), read.diagnostics(),
                read.read(), read.suppressions());
        RenderContext context = new RenderContext(loaded.journal(), Pipeline.timestamp(loaded.manuscript()));
        Path out = Files.createTempDirectory("fo-case");
        try {
            List<Path> files = Render.write(loaded, List.of(Writers.get("pdf")), out.resolve("out"), context::warn);
            return new Rendered(dir, Files.readAllBytes(files.get(0)), context);
        } finally {
            try (Stream<Path> s = Files.walk(out)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
    }

    static List<Rendered> all() throws Exception {
        List<Rendered> out = new ArrayList<>();
        for (Path d : dirs()) out.add(render(d));
        return out;
    }
}
