package org.casereport.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * YAML (1.2, snakeyaml-engine) read into plain maps, lists and strings, with the position of every value
 * kept by its dotted path ("authors.0.surname.ru"). Nothing is constructed from tags: a {@code !!java…}
 * tag is just text, so YAML cannot reach Java.
 *
 * @param root      the document: Map, List, String or null
 * @param positions dotted path → where its value starts
 */
public record YamlTree(Object root, Map<String, SourcePos> positions) {

    /**
     * Parses {@code text}.
     *
     * @param file       how diagnostics name the file
     * @param lineOffset lines before the YAML text in the file (front matter starts at line 2: offset 1)
     * @throws CaseException on a syntax error or a duplicate key, with its position
     */
    public static YamlTree parse(String text, String file, int lineOffset) {
        Optional<Node> node = YamlSyntax.compose(text, file, lineOffset, "yaml-syntax");
        Map<String, SourcePos> positions = new HashMap<>();
        positions.put("", new SourcePos(file, lineOffset + 1, 1));
        Object root = node.map(n -> convert(n, "", file, lineOffset, positions)).orElse(null);
        return new YamlTree(root, positions);
    }



    private static Object convert(Node n, String path, String file, int lineOffset, Map<String, SourcePos> positions) {
        positions.put(path, YamlSyntax.at(n, file, lineOffset));
        if (n instanceof ScalarNode s) {
            String v = s.getValue();
            String tag = s.getTag().getValue();
            if (tag.endsWith(":null")) return null;
            if (tag.endsWith(":bool")) return Boolean.valueOf(v.toLowerCase(java.util.Locale.ROOT));
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
            int i = 0;
            for (Node item : seq.getValue()) {
                out.add(convert(item, join(path, Integer.toString(i++)), file, lineOffset, positions));
            }
            return out;
        }
        MappingNode map = (MappingNode) n;
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode ks)) {
                throw new CaseException(Diagnostic.error("yaml-syntax", YamlSyntax.at(k, file, lineOffset), "a key must be plain text"));
            }
            String key = ks.getValue();
            if (out.containsKey(key)) {
                throw new CaseException(Diagnostic.error("yaml-duplicate-key", YamlSyntax.at(k, file, lineOffset),
                        "duplicate key '" + key + "'"));
            }
            String child = join(path, key);
            positions.put(child + "#key", YamlSyntax.at(k, file, lineOffset));
            out.put(key, convert(t.getValueNode(), child, file, lineOffset, positions));
        }
        return out;
    }

    private static String join(String path, String part) {
        return path.isEmpty() ? part : path + "." + part;
    }

    /** Where the value at {@code path} starts; falls back to the nearest parent that is known. */
    public SourcePos pos(String path) {
        String p = path;
        while (true) {
            SourcePos sp = positions.get(p);
            if (sp != null) return sp;
            if (p.isEmpty()) return SourcePos.file("?");
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
    }

    /** The value at a dotted path, or null. */
    public Object get(String path) {
        Object cur = root;
        if (path.isEmpty()) return cur;
        for (String part : path.split("\\.")) {
            if (cur instanceof Map<?, ?> m) {
                cur = m.get(part);
            } else if (cur instanceof List<?> l && part.chars().allMatch(Character::isDigit)) {
                int i = Integer.parseInt(part);
                cur = i < l.size() ? l.get(i) : null;
            } else {
                return null;
            }
        }
        return cur;
    }
}
