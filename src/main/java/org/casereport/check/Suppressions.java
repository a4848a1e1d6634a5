package org.casereport.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.SourcePos;
import org.casereport.read.YamlTree;
import org.casereport.template.Journal;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Rules switched off: {@code checks.disable: [{rule, reason}]} in a case's front matter or a journal's journal.yaml.
 * A disable without a reason still disables, and is itself reported ({@code check-disable}).
 */
public final class Suppressions {
    private final Map<String, String> disabled = new LinkedHashMap<>();

    public boolean disabled(String rule) {
        return disabled.containsKey(rule);
    }

    public Map<String, String> all() {
        return disabled;
    }

    /** Reads the journal's list (positions: the journal.yaml file). */
    public void addJournal(Journal journal, String journalFile, Findings out) {
        if (journal == null) return;
        for (Object o : journal.list("checks.disable")) {
            SourcePos pos = SourcePos.file(journalFile);
            if (o instanceof Map<?, ?> m) {
                Object rule = m.get("rule");
                Object reason = m.get("reason");
                add(rule == null ? null : rule.toString(), reason == null ? null : reason.toString(), pos, "journal " + journal.name(), out);
            } else {
                add(o == null ? null : o.toString(), null, pos, "journal " + journal.name(), out);
            }
        }
    }

    /** Reads the case's list from its front matter. */
    public void addCase(YamlTree fm, Findings out) {
        if (fm.root() == null) return;
        Node list = fm.at("checks.disable");
        if (list == null) return;
        List<Node> items = YamlTree.items(list);
        if (items.isEmpty() && !YamlTree.blank(list)) {
            out.report("check-disable", fm.pos(list), "checks.disable must be a list of {rule, reason}");
        }
        for (Node item : items) {
            String rule = YamlTree.str(YamlTree.child(item, "rule"));
            String reason = YamlTree.str(YamlTree.child(item, "reason"));
            if (YamlTree.str(item) != null) rule = YamlTree.str(item);
            add(rule, reason, fm.pos(item), "this case", out);
        }
    }

    private void add(String rule, String reason, SourcePos pos, String where, Findings out) {
        if (rule == null || rule.isBlank()) {
            out.report("check-disable", pos, "checks.disable entry without a rule id");
            return;
        }
        if (reason == null || reason.isBlank()) {
            out.report("check-disable", pos, "rule " + rule + " is switched off for " + where + " without a reason: add 'reason: …'");
        }
        disabled.putIfAbsent(rule, reason == null ? "" : reason);
    }
}
