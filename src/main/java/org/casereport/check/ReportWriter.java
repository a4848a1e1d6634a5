package org.casereport.check;
import org.casereport.diag.Rules;
import org.casereport.diag.Severity;
import org.casereport.diag.Diagnostic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Prints what the checker found: for people (text, HTML) and for tools (JSON, SARIF 2.1.0). */
public final class ReportWriter {
    /** One checked input: a case folder (with its CARE checklist) or a manuscript file. */
    public record Checked(String input, String kind, List<Diagnostic> diagnostics, List<Care.Item> care) {
    }

    /** Made on the first JSON or SARIF report only: a text report does not load Jackson (a cold check's start-up). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        static String write(Object o) {
            try {
                return MAPPER.writeValueAsString(o) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private ReportWriter() {
    }

    public static String text(List<Checked> all) {
        StringBuilder sb = new StringBuilder();
        for (Checked c : all) for (Diagnostic d : c.diagnostics()) sb.append(d).append('\n');
        return sb.toString();
    }

    public static int count(List<Checked> all, Severity s) {
        return (int) all.stream().flatMap(c -> c.diagnostics().stream()).filter(d -> d.severity() == s).count();
    }

    public static String summary(List<Checked> all) {
        return count(all, Severity.ERROR) + " error(s), " + count(all, Severity.WARNING) + " warning(s)";
    }

    public static String json(List<Checked> all) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "casereport check");
        List<Object> inputs = new ArrayList<>();
        for (Checked c : all) {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("input", c.input());
            in.put("kind", c.kind());
            List<Object> ds = new ArrayList<>();
            for (Diagnostic d : c.diagnostics()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", d.pos().file());
                m.put("line", d.pos().line());
                m.put("column", d.pos().column());
                m.put("severity", d.severity().label());
                m.put("rule", d.rule());
                m.put("message", d.message());
                ds.add(m);
            }
            in.put("diagnostics", ds);
            if (!c.care().isEmpty()) {
                List<Object> care = new ArrayList<>();
                for (Care.Item it : c.care()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("item", it.number());
                    m.put("topic", it.topic());
                    m.put("present", it.present());
                    m.put("where", it.present() ? it.where().toString() : null);
                    m.put("evidence", it.evidence());
                    care.add(m);
                }
                in.put("care", care);
            }
            inputs.add(in);
        }
        root.put("inputs", inputs);
        Map<String, Object> sum = new LinkedHashMap<>();
        sum.put("errors", count(all, Severity.ERROR));
        sum.put("warnings", count(all, Severity.WARNING));
        sum.put("infos", count(all, Severity.INFO));
        root.put("summary", sum);
        return write(root);
    }

    private static String write(Object o) {
        return Json.write(o);
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference for a file path ("cases/a b/case.md" → "cases/a%20b/case.md"). */
    static String uri(String file) {
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return file;
        }
    }

    /** SARIF 2.1.0: one run, the checker's rules in tool.driver.rules, one result a diagnostic. */
    public static String sarif(List<Checked> all) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        Set<String> ids = new LinkedHashSet<>(Rules.all().keySet());
        for (Checked c : all) for (Diagnostic d : c.diagnostics()) ids.add(d.rule());
        List<String> order = new ArrayList<>(ids);
        List<Object> rules = new ArrayList<>();
        for (String id : order) {
            Rules.Rule r = Rules.get(id);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("shortDescription", Map.of("text", r == null ? id : r.summary()));
            m.put("help", Map.of("text", "See docs/rules.md (" + id + "): what the rule finds and how to switch it off"));
            m.put("properties", Map.of("fixable", r != null && r.fixable()));
            m.put("defaultConfiguration", Map.of("level", level(r == null ? Severity.WARNING : r.severity())));
            rules.add(m);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "casereport");
        String version = ReportWriter.class.getPackage().getImplementationVersion();
        driver.put("version", version == null ? "dev" : version);
        driver.put("rules", rules);
        List<Object> results = new ArrayList<>();
        for (Checked c : all) {
            for (Diagnostic d : c.diagnostics()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("ruleId", d.rule());
                r.put("ruleIndex", order.indexOf(d.rule()));
                r.put("level", level(d.severity()));
                r.put("message", Map.of("text", d.message()));
                Map<String, Object> phys = new LinkedHashMap<>();
                phys.put("artifactLocation", Map.of("uri", uri(d.pos().file())));
                if (d.pos().line() > 0) {
                    Map<String, Object> region = new LinkedHashMap<>();
                    region.put("startLine", d.pos().line());
                    region.put("startColumn", Math.max(1, d.pos().column()));
                    phys.put("region", region);
                }
                r.put("locations", List.of(Map.of("physicalLocation", phys)));
                results.add(r);
            }
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", results);
        root.put("runs", List.of(run));
        return write(root);
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\u0000' -> sb.append("\uFFFD");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A self-contained HTML page an editor opens in a browser; every text from the input is escaped. */
    public static String html(List<Checked> all) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>casereport check</title>\n<style>")
                .append("body{font-family:'PT Sans',Arial,sans-serif;margin:2em;max-width:70em}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:2em}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}")
                .append(".error{color:#b00020;font-weight:bold}.warning{color:#8a5a00}.info{color:#555}.no{color:#b00020;font-weight:bold}")
                .append("code{font-size:90%}</style></head><body>\n");
        sb.append("<h1>casereport check</h1>\n<p>").append(esc(summary(all))).append("</p>\n");
        for (Checked c : all) {
            sb.append("<h2>").append(esc(c.input())).append("</h2>\n");
            if (c.diagnostics().isEmpty()) {
                sb.append("<p>No problems found.</p>\n");
            } else {
                sb.append("<table><tr><th>Where</th><th>Severity</th><th>Message</th><th>Rule</th></tr>\n");
                for (Diagnostic d : c.diagnostics()) {
                    sb.append("<tr><td><code>").append(esc(d.pos().toString())).append("</code></td><td class=\"")
                            .append(d.severity().label()).append("\">").append(d.severity().label()).append("</td><td>")
                            .append(esc(d.message())).append("</td><td><code>").append(esc(d.rule())).append("</code></td></tr>\n");
                }
                sb.append("</table>\n");
            }
            if (!c.care().isEmpty()) {
                sb.append("<h3>CARE checklist</h3>\n<table><tr><th>#</th><th>Topic</th><th>Reported</th><th>Where</th></tr>\n");
                for (Care.Item it : c.care()) {
                    sb.append("<tr><td>").append(it.number()).append("</td><td>").append(esc(it.topic())).append("</td><td")
                            .append(it.present() ? ">yes" : " class=\"no\">no").append("</td><td>").append(esc(CareWriter.where(it)))
                            .append("</td></tr>\n");
                }
                sb.append("</table>\n");
            }
        }
        sb.append("</body></html>\n");
        return sb.toString();
    }
}
