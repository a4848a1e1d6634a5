package org.casereport.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Case folders for build tests: copies of real cases under a temporary cases folder. */
public final class BuildTestCases {
    private BuildTestCases() {
    }

    public static Path copyExample(Path casesRoot, String folder) throws IOException {
        return copyTree(BuildTest.EXAMPLE, casesRoot.resolve(folder));
    }

    public static void deleteTree(Path dir) throws IOException {
        ShippedTemplates.deleteTree(dir);
    }

    public static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t);
            }
        }
        return to;
    }
}
