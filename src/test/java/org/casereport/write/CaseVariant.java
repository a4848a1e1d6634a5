package org.casereport.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The example case copied into a folder with its case.md changed: the tests' way of putting a table, a wide figure
 * or a front-matter field into a real case (the text around it is the published article's).
 */
public final class CaseVariant {
    public static final Path EXAMPLE = Path.of("cases", "venetoclax-aml-after-neuroblastoma");

    private CaseVariant() {
    }

    /** A copy of {@code source} in {@code dir}/{@code name} whose case.md is {@code edit(case.md)}. */
    public static Path of(Path source, Path dir, String name, UnaryOperator<String> edit) throws IOException {
        Path target = dir.resolve(name);
        if (Files.exists(target)) {
            try (Stream<Path> s = Files.walk(target)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        Path md = target.resolve("case.md");
        String before = Files.readString(md);
        String after = edit.apply(before);
        if (after.equals(before)) throw new IllegalArgumentException("the edit changed nothing in " + md);
        Files.writeString(md, after);
        return target;
    }

    /** Puts {@code text} (with empty lines around it) before the line that starts with {@code anchor}. */
    public static UnaryOperator<String> before(String anchor, String text) {
        return s -> {
            int i = s.indexOf("\n" + anchor);
            if (i < 0) throw new IllegalArgumentException("no line starting with '" + anchor + "'");
            return s.substring(0, i + 1) + "\n" + text.strip() + "\n\n" + s.substring(i + 1);
        };
    }

    /** The example case's first two authors with degrees (the first with a full name, the second without). */
    public static final UnaryOperator<String> DEGREES = edits(
            "    corresponding: true\n", """
                    corresponding: true
                    full_name: {ru: Антошин Максим Михайлович, en: Maksim M. Antoshin}
                    degrees: {ru: "канд. мед. наук, врач-гематолог", en: "Cand. Sci. (Med.), hematologist"}
                """,
            "    initials: {ru: В.В., en: V.V.}\n", """
                    initials: {ru: В.В., en: V.V.}
                    degrees: {ru: "доктор медицинских наук, профессор", en: "Dr. Sci. (Med.), Professor"}
                """);

    /** Each {@code from} replaced by its {@code to}; a {@code from} the case does not have is an error. */
    public static UnaryOperator<String> edits(String... pairs) {
        return s -> {
            for (int i = 0; i < pairs.length; i += 2) {
                if (!s.contains(pairs[i])) throw new IllegalArgumentException("not in case.md: " + pairs[i]);
                s = s.replace(pairs[i], pairs[i + 1]);
            }
            return s;
        };
    }
}
