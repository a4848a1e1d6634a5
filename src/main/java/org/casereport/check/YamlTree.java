package org.casereport.check;
import org.casereport.diag.CaseException;

import java.util.ArrayList;
import java.util.List;
import org.casereport.diag.SourcePos;
import org.casereport.read.YamlSyntax;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML document as a node tree with source positions (snakeyaml-engine, YAML 1.2): the checker reads the
 * front matter itself so that it knows where every value was written.
 *
 * @param root       the document's root node, or null
 * @param file       how diagnostics name the file
 * @param lineOffset lines of the file before the YAML text (the front matter starts after "---")
 */
public record YamlTree(Node root, String file, int lineOffset) {

    /** A scalar value with its dotted path ("authors.0.orcid"). */
    public record Scalar(String path, ScalarNode node) {
    }

    /**
     * Parses {@code yaml}; on a syntax error reports {@code front-matter} into {@code findings} and returns a tree
     * with a null root.
     */
    public static YamlTree parse(String yaml, String file, int lineOffset, Findings findings) {
        try {
            return new YamlTree(YamlSyntax.compose(yaml, file, lineOffset, "front-matter").orElse(null), file, lineOffset);
        } catch (CaseException e) {
            if (findings != null) e.diagnostics().forEach(d -> findings.report(d.rule(), d.pos(), d.message()));
            return new YamlTree(null, file, lineOffset);
        }
    }

    public SourcePos pos(Node n) {
        if (n == null) return new SourcePos(file, lineOffset + 1, 1);
        return n.getStartMark().map(m -> new SourcePos(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1))
                .orElse(new SourcePos(file, lineOffset + 1, 1));
    }

    /** Position of a path's value; of its nearest present parent when it is absent. */
    public SourcePos pos(String path) {
        Node n = root;
        Node last = root;
        for (String part : path.split("\\.")) {
            n = child(n, part);
            if (n == null) break;
            last = n;
        }
        return pos(last);
    }

    public Node at(String path) {
        Node n = root;
        for (String part : path.split("\\.")) {
            n = child(n, part);
            if (n == null) return null;
        }
        return n;
    }

    public static Node child(Node n, String key) {
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t.getValueNode();
            }
        } else if (n instanceof SequenceNode s && key.chars().allMatch(Character::isDigit) && !key.isEmpty()) {
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

    /** Every scalar value (not keys) under the root, with its dotted path, in document order. */
    public List<Scalar> scalars() {
        List<Scalar> out = new ArrayList<>();
        walk(root, "", out);
        return out;
    }

    private static void walk(Node n, String path, List<Scalar> out) {
        if (n instanceof ScalarNode s) {
            out.add(new Scalar(path, s));
        } else if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String k = t.getKeyNode() instanceof ScalarNode ks ? ks.getValue() : "?";
                walk(t.getValueNode(), path.isEmpty() ? k : path + "." + k, out);
            }
        } else if (n instanceof SequenceNode s) {
            List<Node> v = s.getValue();
            for (int i = 0; i < v.size(); i++) walk(v.get(i), path.isEmpty() ? "" + i : path + "." + i, out);
        }
    }
}
