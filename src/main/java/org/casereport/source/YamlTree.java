package org.casereport.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The one positioned view of a YAML document (snakeyaml-engine, YAML 1.2, composed by {@link YamlSyntax}): the
 * node tree, each node with its start and end mark, read by the case reader (front matter), the figure reader,
 * the journal reader, and the checker's metadata rules, CARE mapping, text segments and {@code --fix}. Values are
 * reached by dotted paths ("authors.0.surname.ru"); {@link #get} gives them as plain maps, lists and strings.
 * Nothing is constructed from tags: a {@code !!java…} tag is just text, so YAML cannot reach Java.
 *
 * @param root       the document's root node, or null (empty document, or one that could not be parsed)
 * @param file       how diagnostics name the file
 * @param lineOffset lines of the file before the YAML text (the front matter starts after "---": 1)
 */
public record YamlTree(Node root, String file, int lineOffset) {

    /** A scalar value with its dotted path ("authors.0.orcid"). */
    public record Scalar(String path, ScalarNode node) {
    }

    /**
     * Parses {@code text} (syntax errors as {@code yaml-syntax}) and checks its keys: every key plain text, none
     * twice in a mapping ({@code yaml-duplicate-key}).
     *
     * @throws CaseException on a syntax error or a bad key, with its position
     */
    public static YamlTree parse(String text, String file, int lineOffset) {
        YamlTree t = compose(text, file, lineOffset, "yaml-syntax");
        t.checkKeys(t.root);
        return t;
    }

    /**
     * Parses {@code text} without judging its keys (a reader that reports keys itself, as the figure reader does).
     *
     * @param rule the rule id of a syntax error
     * @throws CaseException on a syntax error
     */
    public static YamlTree compose(String text, String file, int lineOffset, String rule) {
        Optional<Node> node = YamlSyntax.compose(text, file, lineOffset, rule);
        return new YamlTree(node.orElse(null), file, lineOffset);
    }

    private void checkKeys(Node n) {
        if (n instanceof SequenceNode s) {
            s.getValue().forEach(this::checkKeys);
        } else if (n instanceof MappingNode m) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    throw new CaseException(Diagnostic.error("yaml-syntax", pos(t.getKeyNode()), "a key must be plain text"));
                }
                if (!seen.add(k.getValue())) {
                    throw new CaseException(Diagnostic.error("yaml-duplicate-key", pos(k), "duplicate key '" + k.getValue() + "'"));
                }
                checkKeys(t.getValueNode());
            }
        }
    }

    /** Where a node starts; the start of the document for null. */
    public SourcePos pos(Node n) {
        if (n == null) return new SourcePos(file, lineOffset + 1, 1);
        return YamlSyntax.at(n, file, lineOffset);
    }

    /**
     * Where the value at {@code path} starts; of its nearest present parent when it is absent.
     * {@code "path#key"} is where the key of that value is written.
     */
    public SourcePos pos(String path) {
        if (path.endsWith("#key")) {
            String p = path.substring(0, path.length() - 4);
            int dot = p.lastIndexOf('.');
            Node parent = dot < 0 ? root : at(p.substring(0, dot));
            Node key = keyNode(parent, dot < 0 ? p : p.substring(dot + 1));
            if (key != null) return pos(key);
            path = p;
        }
        Node n = root;
        Node last = root;
        if (!path.isEmpty()) {
            for (String part : path.split("\\.")) {
                n = child(n, part);
                if (n == null) break;
                last = n;
            }
        }
        return pos(last);
    }

    /** The node at a dotted path, or null. */
    public Node at(String path) {
        Node n = root;
        if (path.isEmpty()) return n;
        for (String part : path.split("\\.")) {
            n = child(n, part);
            if (n == null) return null;
        }
        return n;
    }

    /** The value at a dotted path as plain Java (see {@link #value(Node)}), or null. */
    public Object get(String path) {
        return value(at(path));
    }

    /** The whole document as plain Java. */
    public Object value() {
        return value(root);
    }

    /**
     * A node as plain Java: a mapping as an ordered {@code Map<String, Object>}, a sequence as a {@code List},
     * a scalar as a String — or null, a Boolean or a Long where YAML 1.2's core schema says so.
     */
    public static Object value(Node n) {
        if (n == null) return null;
        if (n instanceof ScalarNode s) {
            String v = s.getValue();
            String tag = s.getTag().getValue();
            if (tag.endsWith(":null")) return null;
            if (tag.endsWith(":bool")) return Boolean.valueOf(v.toLowerCase(Locale.ROOT));
            if (tag.endsWith(":int")) {
                try {
                    return Long.valueOf(v);
                } catch (NumberFormatException e) {
                    return v;
                }
            }
            return v;
        }
        if (n instanceof SequenceNode seq) {
            List<Object> out = new ArrayList<>();
            for (Node item : seq.getValue()) out.add(value(item));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) n).getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) out.putIfAbsent(k.getValue(), value(t.getValueNode()));
        }
        return out;
    }

    /** The position of every value by its dotted path, and of every key as {@code "path#key"}. */
    public Map<String, SourcePos> positions() {
        Map<String, SourcePos> out = new HashMap<>();
        out.put("", pos(root));
        positions(root, "", out);
        return out;
    }

    private void positions(Node n, String path, Map<String, SourcePos> out) {
        if (n instanceof SequenceNode s) {
            List<Node> v = s.getValue();
            for (int i = 0; i < v.size(); i++) {
                String p = join(path, Integer.toString(i));
                out.put(p, pos(v.get(i)));
                positions(v.get(i), p, out);
            }
        } else if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) continue;
                String p = join(path, k.getValue());
                out.putIfAbsent(p + "#key", pos(k));
                out.putIfAbsent(p, pos(t.getValueNode()));
                positions(t.getValueNode(), p, out);
            }
        }
    }

    private static String join(String path, String part) {
        return path.isEmpty() ? part : path + "." + part;
    }

    /** The value of {@code key} in mapping {@code n}, or item {@code key} of sequence {@code n}; else null. */
    public static Node child(Node n, String key) {
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t.getValueNode();
            }
        } else if (n instanceof SequenceNode s && !key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
            int i = Integer.parseInt(key);
            return i < s.getValue().size() ? s.getValue().get(i) : null;
        }
        return null;
    }

    /** The key node of {@code key} in mapping {@code n} (for positions of a key). */
    public static Node keyNode(Node n, String key) {
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return k;
            }
        }
        return null;
    }

    /** The text of the scalar at {@code path} as written, or null. */
    public String str(String path) {
        return str(at(path));
    }

    public static String str(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : null;
    }

    public static List<Node> items(Node n) {
        return n instanceof SequenceNode s ? s.getValue() : List.of();
    }

    public static boolean blank(Node n) {
        if (n == null) return true;
        if (n instanceof ScalarNode s) return s.getValue().isBlank();
        if (n instanceof SequenceNode s) return s.getValue().isEmpty();
        if (n instanceof MappingNode m) return m.getValue().isEmpty();
        return false;
    }

    /** Every scalar value (not keys) of the document, with its dotted path, in document order. */
    public List<Scalar> scalars() {
        return scalars(root);
    }

    /** Every scalar value under {@code n}, with its dotted path from {@code n}, in document order. */
    public static List<Scalar> scalars(Node n) {
        List<Scalar> out = new ArrayList<>();
        walk(n, "", out);
        return out;
    }

    private static void walk(Node n, String path, List<Scalar> out) {
        if (n instanceof ScalarNode s) {
            out.add(new Scalar(path, s));
        } else if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String k = t.getKeyNode() instanceof ScalarNode ks ? ks.getValue() : "?";
                walk(t.getValueNode(), join(path, k), out);
            }
        } else if (n instanceof SequenceNode s) {
            List<Node> v = s.getValue();
            for (int i = 0; i < v.size(); i++) walk(v.get(i), join(path, Integer.toString(i)), out);
        }
    }
}
