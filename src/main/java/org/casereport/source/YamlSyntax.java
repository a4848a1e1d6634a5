package org.casereport.source;

import java.util.Optional;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.casereport.diag.Limits.Limit;

/**
 * The one place YAML text becomes a node tree (snakeyaml-engine, YAML 1.2, compose only: nothing is constructed
 * from tags, so YAML cannot reach Java). A syntax error becomes one diagnostic at the place the parser stopped,
 * naming where the broken value started. Used by the case reader, the figure reader and the checker.
 */
public final class YamlSyntax {
    private YamlSyntax() {
    }

    /**
     * @param file       how diagnostics name the file
     * @param lineOffset lines before the YAML text in the file (front matter starts at line 2: offset 1)
     * @param rule       the rule id of a syntax error ("yaml-syntax", "figure-yaml", …)
     * @return the root node; empty for an empty document
     * @throws CaseException with the one syntax error
     */
    public static Optional<Node> compose(String text, String file, int lineOffset, String rule) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setMaxAliasesForCollections(20)
                .setCodePointLimit(1 << 22).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            root.ifPresent(r -> checkDepth(r, file, lineOffset));
            return root;
        } catch (StackOverflowError e) {
            throw new CaseException(Limit.NESTING_DEPTH.refuse(new SourcePos(file, lineOffset + 1, 1),
                    "the YAML is nested too deeply to read"));
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
            SourcePos pos = m == null ? new SourcePos(file, lineOffset + 1, 1) : at(m, file, lineOffset);
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            String context = e.getContext() == null ? "" : e.getContext()
                    + e.getContextMark().filter(c -> m != null && c.getLine() != m.getLine())
                    .map(c -> " (started at " + (c.getLine() + 1 + lineOffset) + ":" + (c.getColumn() + 1) + ")").orElse("")
                    + ": ";
            String advice = m == null ? null : colonAdvice(text, m.getLine());
            if (advice != null) throw new CaseException(Diagnostic.error(rule, pos, "invalid YAML: " + advice));
            throw new CaseException(Diagnostic.error(rule, pos, "invalid YAML: " + context + oneLine(problem)));
        } catch (YamlEngineException e) {
            throw new CaseException(Diagnostic.error(rule, new SourcePos(file, lineOffset + 1, 1),
                    "invalid YAML: " + oneLine(e.getMessage())));
        }
    }

    /**
     * Refuses a tree nested deeper than the limit, at the first node too deep (the readers walk the tree
     * recursively). Walked with an explicit stack.
     */
    private static void checkDepth(Node root, String file, int lineOffset) {
        int limit = Limit.NESTING_DEPTH.intValue();
        // depth-first with an explicit stack; a node met again on its own path is an alias that contains itself
        java.util.ArrayDeque<Object[]> todo = new java.util.ArrayDeque<>();
        java.util.Set<Node> onPath = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<Node> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        todo.push(new Object[] {root, 1, Boolean.FALSE});
        while (!todo.isEmpty()) {
            Object[] top = todo.pop();
            Node n = (Node) top[0];
            int depth = (Integer) top[1];
            if ((Boolean) top[2]) { // leaving n
                onPath.remove(n);
                done.add(n);
                continue;
            }
            if (onPath.contains(n)) {
                throw new CaseException(Diagnostic.error("yaml-syntax", at(n, file, lineOffset),
                        "invalid YAML: an alias that contains itself (&anchor … *anchor inside it); write the value out"));
            }
            if (done.contains(n)) continue; // an alias of a value already walked
            if (depth > limit) {
                throw new CaseException(Limit.NESTING_DEPTH.refuse(at(n, file, lineOffset),
                        "the YAML is nested " + depth + " levels deep here"));
            }
            onPath.add(n);
            todo.push(new Object[] {n, depth, Boolean.TRUE});
            if (n instanceof SequenceNode sq) {
                for (Node c : sq.getValue()) todo.push(new Object[] {c, depth + 1, Boolean.FALSE});
            } else if (n instanceof MappingNode mp) {
                for (NodeTuple t : mp.getValue()) {
                    todo.push(new Object[] {t.getKeyNode(), depth + 1, Boolean.FALSE});
                    todo.push(new Object[] {t.getValueNode(), depth + 1, Boolean.FALSE});
                }
            }
        }
    }

    /** A plain value holding ": " ("ru: Синдром: наблюдение"): YAML reads the second colon as a key. */
    private static final java.util.regex.Pattern VALUE_WITH_COLON =
            java.util.regex.Pattern.compile("^(\\s*(?:-\\s+)?)([\\p{L}\\p{N}_-]+):\\s+([^\"'{\\[|>#&*!].*:\\s.*)$");

    /**
     * The advice for the commonest YAML mistake of an author: a value with a colon and a space in it, not in
     * quotes. Null when line {@code line} (0-based) is not that.
     */
    static String colonAdvice(String text, int line) {
        String[] lines = text.split("\n", -1);
        if (line < 0 || line >= lines.length) return null;
        java.util.regex.Matcher v = VALUE_WITH_COLON.matcher(lines[line]);
        if (!v.matches()) return null;
        String key = v.group(2);
        String what = "the text";
        int indent = v.group(1).length();
        for (int i = line - 1; i >= 0 && indent > 0; i--) {
            String l = lines[i];
            int ind = l.length() - l.stripLeading().length();
            if (l.isBlank() || ind >= indent) continue;
            String parent = l.strip().replaceFirst(":.*", "");
            if (parent.equals("title") || parent.equals("subtitle") || parent.equals("running_title")) what = "the title";
            break;
        }
        if (key.equals("title")) what = "the title";
        String value = v.group(3).strip().replace("\"", "\\\"");
        if (value.length() > 90) value = value.substring(0, 89) + "…";
        return "the value of '" + key + "' holds ': ', which YAML reads as a new key; put " + what
                + " in quotes: " + key + ": \"" + value + "\"";
    }

    /** The position of a node's start. */
    public static SourcePos at(Node n, String file, int lineOffset) {
        return n.getStartMark().map(m -> at(m, file, lineOffset)).orElse(new SourcePos(file, lineOffset + 1, 1));
    }

    private static SourcePos at(Mark m, String file, int lineOffset) {
        return new SourcePos(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
