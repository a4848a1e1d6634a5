package org.casereport.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.Rules;
import org.casereport.diag.SourcePos;
import org.casereport.source.YamlTree;
import org.casereport.model.Journal;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Rules switched off: {@code checks.disable: [{rule, reason}]} in a case's front matter or a journal's journal.yaml.
 * The one list {@code render}, {@code check} and {@code build} apply. A disable without a reason still disables,
 * and is itself reported ({@code check-disable}); a disable of a rule the table says may not be switched off
 * ({@link Rules.Rule#switchable()}) is refused with an error naming the rule, and the rule keeps applying.
 */
public final class Suppressions {
    private final Map<String, String> disabled = new LinkedHashMap<>();

    public boolean disabled(String rule) {
        return disabled.containsKey(rule);
    }

    /** The rules switched off, each with its reason. */
    public Map<String, String> all() {
        return disabled;
    }

    /** The diagnostics of rules that are not switched off. */
    public List<Diagnostic> apply(List<Diagnostic> all) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : all) if (!disabled(d.rule())) out.add(d);
        return out;
    }

    /** Reads the journal's list (positions: the journal.yaml file). */
    public void addJournal(Journal journal, String journalFile, Diagnostics out) {
        if (journal == null) return;
        for (Object o : journal.list("checks.disable")) {
            SourcePos pos = SourcePos.file(journalFile);
            if (o instanceof Map<?, ?> m) {
                Object rule = m.get("rule");
                Object reason = m.get("reason");
                extraKeys(m, pos, out);
                add(rule == null ? null : rule.toString(), reason == null ? null : reason.toString(), pos, "journal " + journal.name(), out);
            } else {
                add(o == null ? null : o.toString(), null, pos, "journal " + journal.name(), out);
            }
        }
    }

    /** Reads the case's list from its front matter. */
    public void addCase(YamlTree fm, Diagnostics out) {
        if (fm.root() == null) return;
        Node list = fm.at("checks.disable");
        if (list == null) return;
        List<Node> items = YamlTree.items(list);
        if (items.isEmpty() && !YamlTree.blank(list)) {
            out.warning("check-disable", fm.pos(list), "checks.disable must be a list of {rule, reason}");
        }
        for (Node item : items) {
            String rule = YamlTree.str(YamlTree.child(item, "rule"));
            String reason = YamlTree.str(YamlTree.child(item, "reason"));
            if (YamlTree.str(item) != null) rule = YamlTree.str(item);
            extraKeys(item, fm, out);
            add(rule, reason, fm.pos(item), "this case", out);
        }
    }

    /** A key of an item other than {@code rule} and {@code reason} is read by nothing: a warning at the key. */
    private static void extraKeys(Node item, YamlTree fm, Diagnostics out) {
        if (!(item instanceof MappingNode m)) return;
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || ITEM_KEYS.contains(k.getValue())) continue;
            out.warning("check-disable", fm.pos(k), "unknown key '" + k.getValue() + "' in a checks.disable item (known: reason, rule);"
                    + " it is ignored: one item per rule, as {rule: <id>, reason: <why>}");
        }
    }

    private static void extraKeys(Map<?, ?> item, SourcePos pos, Diagnostics out) {
        for (Object k : item.keySet()) {
            if (ITEM_KEYS.contains(String.valueOf(k))) continue;
            out.warning("check-disable", pos, "unknown key '" + k + "' in a checks.disable item (known: reason, rule);"
                    + " it is ignored: one item per rule, as {rule: <id>, reason: <why>}");
        }
    }

    private static final java.util.Set<String> ITEM_KEYS = java.util.Set.of("rule", "reason");

    private void add(String rule, String reason, SourcePos pos, String where, Diagnostics out) {
        if (rule == null || rule.isBlank()) {
            out.warning("check-disable", pos, "checks.disable entry without a rule id");
            return;
        }
        rule = rule.strip();
        Rules.Rule r = Rules.get(rule);
        if (r == null) {
            out.warning("check-disable", pos, "checks.disable names no rule casereport knows: " + rule + " (docs/rules.md lists them)");
            return;
        }
        if (!r.switchable()) {
            out.error("check-disable", pos, "rule " + rule + " cannot be switched off: the outputs would be wrong without it;"
                    + " correct the case instead");
            return;
        }
        if (reason == null || reason.isBlank()) {
            out.warning("check-disable", pos, "rule " + rule + " is switched off for " + where + " without a reason: add 'reason: …'");
        }
        disabled.putIfAbsent(rule, reason == null ? "" : reason);
    }
}
