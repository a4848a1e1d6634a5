package org.casereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, checked on the compiled classes: a class may use a class of its own package
 * or of a package in a lower layer, never one of its own layer or above. The references are read from each class
 * file's constant pool and from the descriptors of its fields and methods, so a fully qualified name in the code
 * counts as much as an import.
 */
class ArchitectureTest {
    /** Lowest first. Packages on one line are siblings: neither may use the other. */
    static final List<List<String>> LAYERS = List.of(
            List.of("diag"),
            List.of("model", "hyphen"),
            List.of("source"),
            List.of("cite", "figure"),
            List.of("read", "template"),
            List.of("pipeline"),
            List.of("write"),
            List.of("check"),
            List.of("build"),
            List.of("maven", "cli"));

    private static final Path CLASSES = Path.of("target/classes/org/casereport");
    private static final Pattern REF = Pattern.compile("org/casereport/([a-z]+)/");

    @Test
    void everyPackageHasALayer() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(CLASSES)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                try (Stream<Path> inside = Files.walk(d)) { // resource folders (the shipped templates) hold no class
                    if (inside.anyMatch(f -> f.toString().endsWith(".class"))) packages.add(d.getFileName().toString());
                }
            }
        }
        Set<String> layered = new TreeSet<>();
        LAYERS.forEach(layered::addAll);
        assertEquals(layered, packages, "each package of src/main is in exactly one layer of ArchitectureTest.LAYERS "
                + "(and docs/architecture.md)");
    }

    @Test
    void noPackageUsesItsOwnLayerOrAbove() throws IOException {
        Map<String, Integer> layerOf = new TreeMap<>();
        for (int i = 0; i < LAYERS.size(); i++) for (String p : LAYERS.get(i)) layerOf.put(p, i);
        List<String> wrong = new ArrayList<>();
        int classes = 0;
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                classes++;
                String own = CLASSES.relativize(f).getName(0).toString();
                Integer ownLayer = layerOf.get(own);
                if (ownLayer == null) continue; // everyPackageHasALayer names it
                for (String used : packagesUsed(f)) {
                    if (used.equals(own) || !layerOf.containsKey(used)) continue;
                    if (layerOf.get(used) >= ownLayer) {
                        wrong.add(CLASSES.relativize(f) + " uses " + used + " (layer " + layerOf.get(used)
                                + ", its own is " + ownLayer + ")");
                    }
                }
            }
        }
        assertTrue(classes > 100, "the compiled classes are read (" + classes + ")");
        assertEquals(List.of(), wrong, "a lower layer uses a higher one or a sibling");
    }

    @Test
    void theReaderOfClassFilesSeesReferences() throws IOException {
        // the checker itself must not be blind: Render (write) uses Pipeline (pipeline) and Manuscript (model)
        Set<String> used = packagesUsed(CLASSES.resolve("write/Render.class"));
        assertTrue(used.containsAll(Set.of("pipeline", "model", "diag")), used.toString());
    }

    /** The project packages a class file names in its constant pool (classes, descriptors, signatures). */
    static Set<String> packagesUsed(Path classFile) throws IOException {
        Set<String> out = new TreeSet<>();
        try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file: " + classFile);
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> { // Utf8: class names, descriptors and signatures all live here
                        Matcher m = REF.matcher(in.readUTF());
                        while (m.find()) out.add(m.group(1));
                    }
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException(classFile + ": constant pool tag " + tag);
                }
            }
        }
        return out;
    }
}
