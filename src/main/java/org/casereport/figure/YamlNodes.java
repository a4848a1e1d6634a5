package org.casereport.figure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostics;
import org.casereport.model.LocalizedText;
import org.casereport.diag.SourcePos;
import org.casereport.source.CaseText;
import org.casereport.source.YamlTree;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.casereport.diag.Limits.Limit;

/**
 * Reading the fields of a figure file from its positioned YAML tree ({@link YamlTree}), so that every complaint
 * carries {@code file:line:col}.
 */
final class YamlNodes {
    private final String file;
    private final Diagnostics diagnostics;
    /** The file's text and tree once {@link #compose} has read them. */
    private CaseText text;
    private YamlTree tree;
    /** The key node of each value node read through {@link #map}, to place complaints about a key. */
    private final Map<Node, Node> keyOf = new java.util.IdentityHashMap<>();

    YamlNodes(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** The root node of the file, or null (reported) when it cannot be read or parsed. */
    Node compose(Path path) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (Limit.FIGURE_FILE_BYTES.exceeded(size)) {
                diagnostics.add(Limit.FIGURE_FILE_BYTES.refuse(SourcePos.file(file), "the figure file is " + size + " bytes"));
                return null;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            error("figure-file-missing", SourcePos.file(file), "cannot read the figure file: " + e.getMessage());
            return null;
        }
        org.casereport.source.Utf8.Malformed[] bad = new org.casereport.source.Utf8.Malformed[1];
        String content = org.casereport.source.Utf8.decode(bytes, file, bad);
        if (content == null) {
            error("figure-yaml", bad[0].pos(), bad[0].message());
            return null;
        }
        return composeString(content);
    }

    Node composeString(String content) {
        text = CaseText.of(file, content);
        try {
            tree = YamlTree.compose(content, file, 0, "figure-yaml");
        } catch (CaseException e) {
            e.diagnostics().forEach(diagnostics::add);
            return null;
        }
        if (tree.root() == null) {
            error("figure-yaml", SourcePos.file(file).at(1, 1), "the figure file is empty");
            return null;
        }
        return tree.root();
    }

    String file() {
        return file;
    }

    /** The file's text, or null when it could not be read. */
    CaseText text() {
        return text;
    }

    /** The file's tree, or null when it could not be parsed. */
    YamlTree tree() {
        return tree;
    }

    SourcePos pos(Node n) {
        if (n == null || tree == null) return SourcePos.file(file);
        return tree.pos(n);
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    void error(String rule, SourcePos pos, String message) {
        diagnostics.error(rule, pos, message);
    }

    void error(String rule, Node n, String message) {
        diagnostics.error(rule, pos(n), message);
    }

    void warning(String rule, Node n, String message) {
        diagnostics.warning(rule, pos(n), message);
    }

    /**
     * The mapping as an ordered map key → value node; reports a non-mapping, a non-scalar key, a duplicate key
     * and any key not in {@code allowed} (when given). Null when {@code n} is not a mapping.
     */
    Map<String, Node> map(Node n, String what, Set<String> allowed) {
        if (!(n instanceof MappingNode m)) {
            error("figure-yaml", n, what + " must be a mapping (key: value)");
            return null;
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                error("figure-yaml", t.getKeyNode(), "a key in " + what + " must be plain text");
                continue;
            }
            String key = k.getValue();
            if (out.containsKey(key)) {
                error("figure-yaml", k, "duplicate key '" + key + "' in " + what);
                continue;
            }
            if (allowed != null && !allowed.contains(key)) {
                error("figure-unknown-field", k, "unknown field '" + key + "' in " + what + "; known: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
                continue;
            }
            out.put(key, t.getValueNode());
            keyOf.put(t.getValueNode(), k);
        }
        return out;
    }

    /** Reports every key of an already read mapping that is not in {@code allowed}; false when there was one. */
    boolean allowOnly(Map<String, Node> m, String what, Set<String> allowed) {
        boolean ok = true;
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (allowed.contains(e.getKey())) continue;
            Node k = keyOf.getOrDefault(e.getValue(), e.getValue());
            error("figure-unknown-field", k, "unknown field '" + e.getKey() + "' in " + what + "; known: "
                    + String.join(", ", new java.util.TreeSet<>(allowed)));
            ok = false;
        }
        return ok;
    }

    /** The map's node for a required key, or null (reported at {@code owner}). */
    Node required(Map<String, Node> m, Node owner, String key, String what) {
        Node v = m.get(key);
        if (v == null) error("figure-missing-field", owner, what + " has no '" + key + "'");
        return v;
    }

    List<Node> list(Node n, String what) {
        if (n instanceof SequenceNode s) {
            if (Limit.FIGURE_PHASES.exceeded(s.getValue().size())) {
                diagnostics.add(Limit.FIGURE_PHASES.refuse(pos(n), what + " has " + s.getValue().size() + " items"));
                return null;
            }
            return s.getValue();
        }
        error("figure-yaml", n, what + " must be a list");
        return null;
    }

    /** The text of a scalar, or null (reported) for a mapping or list. Blank counts as missing. */
    String text(Node n, String what) {
        if (n instanceof ScalarNode s) {
            String v = s.getValue().strip();
            if (v.isEmpty()) {
                error("figure-missing-field", n, what + " is empty");
                return null;
            }
            return v;
        }
        error("figure-yaml", n, what + " must be a plain value, not a " + (n instanceof MappingNode ? "mapping" : "list"));
        return null;
    }

    Integer integer(Node n, String what, int min, int max) {
        String t = text(n, what);
        if (t == null) return null;
        String s = t.replace('\u2212', '-');
        if (s.startsWith("+")) s = s.substring(1);
        try {
            int v = Integer.parseInt(s);
            if (v < min || v > max) {
                error("figure-bad-value", n, what + " must be between " + min + " and " + max + ", not " + t);
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            error("figure-bad-value", n, what + " must be a whole number, not '" + t + "'");
            return null;
        }
    }

    Double number(Node n, String what) {
        String t = text(n, what);
        if (t == null) return null;
        try {
            double v = Double.parseDouble(t.replace(',', '.'));
            if (!(v > 0) || Double.isInfinite(v)) {
                error("figure-bad-value", n, what + " must be a positive number, not " + t);
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            error("figure-bad-value", n, what + " must be a number, not '" + t + "'");
            return null;
        }
    }

    Boolean bool(Node n, String what) {
        String t = text(n, what);
        if (t == null) return null;
        return switch (t) {
            case "true", "True", "TRUE", "yes" -> Boolean.TRUE;
            case "false", "False", "FALSE", "no" -> Boolean.FALSE;
            default -> {
                error("figure-bad-value", n, what + " must be true or false, not '" + t + "'");
                yield null;
            }
        };
    }

    /** {@code {ru: …, en: …}}: both languages required. */
    LocalizedText bilingual(Node n, String what) {
        Map<String, Node> m = map(n, what, Set.of("ru", "en"));
        if (m == null) return null;
        String ru = null;
        String en = null;
        Node ruN = required(m, n, "ru", what);
        Node enN = required(m, n, "en", what);
        if (ruN != null) ru = text(ruN, what + ".ru");
        if (enN != null) en = text(enN, what + ".en");
        if (ru == null || en == null) return null;
        return new LocalizedText(ru, en);
    }

    /** A bilingual text that may also be written as one plain string used for both languages. */
    LocalizedText label(Node n, String what) {
        if (n instanceof ScalarNode) {
            String t = text(n, what);
            return t == null ? null : new LocalizedText(t, t);
        }
        return bilingual(n, what);
    }

    static Set<String> keys(String... k) {
        return new HashSet<>(List.of(k));
    }

    static <T> List<T> nonNull(List<T> in) {
        List<T> out = new ArrayList<>();
        for (T t : in) if (t != null) out.add(t);
        return out;
    }
}
