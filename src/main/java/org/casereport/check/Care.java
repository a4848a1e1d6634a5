package org.casereport.check;
import org.casereport.diag.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.casereport.diag.SourcePos;
import org.casereport.source.YamlTree;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Maps a case to the 13 items of the CARE checklist (CARE case report guidelines, 2013): each item is present,
 * with where the case covers it, or missing ({@code care-*} warnings).
 */
public final class Care {
    /** One checklist item as filled for a case. */
    public record Item(int number, String rule, String topic, String description, boolean present, SourcePos where,
                       String evidence) {
    }

    private record Def(int number, String rule, String topic, String description) {
    }

    static final List<Def> DEFS = List.of(
            new Def(1, "care-title", "Title", "The diagnosis or intervention of primary focus followed by the words \"case report\""),
            new Def(2, "care-keywords", "Key words", "2 to 5 keywords that identify diagnoses or interventions in this case report"),
            new Def(3, "care-abstract", "Abstract", "Introduction; main symptoms and clinical findings; main diagnoses, interventions and outcomes; conclusion"),
            new Def(4, "care-introduction", "Introduction", "One or two paragraphs summarizing why this case is unique (may include references)"),
            new Def(5, "care-patient", "Patient information", "De-identified patient information; main concerns and symptoms; medical, family and psychosocial history; past interventions"),
            new Def(6, "care-findings", "Clinical findings", "Significant physical examination and important clinical findings"),
            new Def(7, "care-timeline", "Timeline", "Historical and current information from this episode of care organized as a timeline"),
            new Def(8, "care-diagnosis", "Diagnostic assessment", "Diagnostic testing, diagnostic challenges, diagnosis, prognosis"),
            new Def(9, "care-therapy", "Therapeutic intervention", "Types of intervention, administration (dosage, strength, duration), changes with rationale"),
            new Def(10, "care-followup", "Follow-up and outcomes", "Clinician- and patient-assessed outcomes, follow-up tests, adherence and tolerability, adverse events"),
            new Def(11, "care-discussion", "Discussion", "Strengths and limitations; relevant literature; rationale for conclusions; take-away lessons"),
            new Def(12, "care-perspective", "Patient perspective", "The patient's (or parents') perspective on the treatment received"),
            new Def(13, "care-consent", "Informed consent", "Did the patient (or guardian) give informed consent?"));

    private static Pattern p(String re) {
        return Pattern.compile(re, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    // section headings, Russian and English
    static final Pattern H_INTRO = p("введение|актуальность|introduction|background");
    static final Pattern H_CASE = p("описание (клинического )?случая|клинический случай|клиническое наблюдение|описание наблюдения|case (presentation|report|description)|presentation of (the )?case|patient information|информация о пациенте");
    static final Pattern H_FINDINGS = p("клинические (данные|проявления)|данные (осмотра|обследования)|физикальн|clinical findings|physical exam");
    static final Pattern H_TIMELINE = p("хронология|временная шкала|timeline");
    static final Pattern H_DIAGNOSIS = p("диагностик|диагностическ|diagnos");
    static final Pattern H_THERAPY = p("^(лечение|терапия)|терапевтическ|treatment|therapeutic|intervention");
    static final Pattern H_FOLLOWUP = p("исход|катамнез|динамическое наблюдение|follow.?up|outcome");
    static final Pattern H_DISCUSSION = p("обсуждение|discussion");
    static final Pattern H_PERSPECTIVE = p("(мнение|точка зрения|взгляд) (пациента|родителей)|patient.?s? perspective");
    static final Pattern H_CONSENT = p("информированное согласие|informed consent");

    // paragraphs of the case description
    static final Pattern P_PATIENT = p("пациент|больно[йг]|ребен|ребён|девочк|мальчик|patient|year-old|\\bboy\\b|\\bgirl\\b");
    static final Pattern P_FINDINGS = p("обследова|осмотр|жалоб|симптом|выявлен|отмечал|examination|presented with|symptom|finding");
    static final Pattern P_DIAGNOSIS = p("диагноз|верифицирова|биопси|гистологическ|цитогенетическ|миелограмм|diagnos|biopsy|karyotyp");
    static final Pattern P_THERAPY = p("терапи|лечени|химиотерап|трансплантац|therapy|treatment|treated|administered|transplant");
    static final Pattern P_FOLLOWUP = p("ремисси|период наблюдения|катамнез|в удовлетворительном|outcome|follow-up|remission|remains");
    static final Pattern P_PERSPECTIVE = p("с точки зрения (пациента|родителей)|по словам (пациента|родителей|матери|отца)|(мнение|отзыв) (пациента|родителей)|(родители|мать|отец|пациент\\w*) (отмечают|отметили|отметил\\w*|рассказал\\w*|сообщил\\w*|поделил\\w*)|patient.?s perspective|in (his|her|their) own words|the (patient|parents?) (said|reported|stated|wrote|shared)");
    static final Pattern P_CONSENT = p("информированн\\w* (добровольн\\w* )?согласи|informed consent|согласие (родителей|пациента|законн\\w*)|consent");
    static final Pattern T_TITLE_RU = p("клиническ\\w* (случа|наблюдени)|описание случая|случай");
    static final Pattern T_TITLE_EN = p("case (report|study)|\\bcase\\b");

    private Care() {
    }

    public static List<Item> evaluate(CaseSource src) {
        YamlTree fm = src.front();
        List<CaseSource.BodyBlock> blocks = src.blocks();
        Item[] items = new Item[14];

        // 1 title
        String tru = fm.str("title.ru");
        String ten = fm.str("title.en");
        if (tru != null && T_TITLE_RU.matcher(tru).find()) items[1] = found(1, fm.pos("title.ru"), "title.ru: " + clip(tru));
        else if (ten != null && T_TITLE_EN.matcher(ten).find()) items[1] = found(1, fm.pos("title.en"), "title.en: " + clip(ten));
        // 2 keywords, 3 abstract
        for (String lang : List.of("ru", "en")) {
            if (items[2] == null && !YamlTree.items(fm.at("keywords." + lang)).isEmpty()) {
                List<String> kws = YamlTree.items(fm.at("keywords." + lang)).stream().map(YamlTree::str).toList();
                items[2] = found(2, fm.pos("keywords." + lang), "keywords." + lang + ": " + clip(String.join(", ", kws)));
            }
            if (items[3] == null && !YamlTree.blank(fm.at("abstract." + lang))) {
                items[3] = found(3, fm.pos("abstract." + lang), "abstract." + lang);
            }
        }

        // headings
        int caseStart = -1;
        int caseEnd = blocks.size();
        int firstHeading = -1;
        for (int i = 0; i < blocks.size(); i++) {
            CaseSource.BodyBlock b = blocks.get(i);
            if (!b.heading()) continue;
            if (firstHeading < 0) firstHeading = i;
            String h = b.text();
            String ev = "heading \"" + clip(h) + "\"";
            if (H_CASE.matcher(h).find() && caseStart < 0) {
                caseStart = i;
                for (int j = i + 1; j < blocks.size(); j++) {
                    if (blocks.get(j).heading() && blocks.get(j).level() <= b.level()) {
                        caseEnd = j;
                        break;
                    }
                }
                if (items[5] == null) items[5] = found(5, b.pos(), ev);
            }
            if (H_INTRO.matcher(h).find() && items[4] == null) items[4] = found(4, b.pos(), ev);
            if (H_FINDINGS.matcher(h).find() && items[6] == null) items[6] = found(6, b.pos(), ev);
            if (H_TIMELINE.matcher(h).find() && items[7] == null) items[7] = found(7, b.pos(), ev);
            if (H_DIAGNOSIS.matcher(h).find() && items[8] == null) items[8] = found(8, b.pos(), ev);
            if (H_THERAPY.matcher(h).find() && items[9] == null) items[9] = found(9, b.pos(), ev);
            if (H_FOLLOWUP.matcher(h).find() && items[10] == null) items[10] = found(10, b.pos(), ev);
            if (H_DISCUSSION.matcher(h).find() && items[11] == null) items[11] = found(11, b.pos(), ev);
            if (H_PERSPECTIVE.matcher(h).find() && items[12] == null) items[12] = found(12, b.pos(), ev);
            if (H_CONSENT.matcher(h).find() && items[13] == null) items[13] = found(13, b.pos(), ev);
        }
        // 4: the text before the case description is its introduction
        if (items[4] == null && caseStart > 0) {
            for (int i = 0; i < caseStart; i++) {
                if (!blocks.get(i).heading()) {
                    CaseSource.BodyBlock at = firstHeading >= 0 && firstHeading < caseStart ? blocks.get(firstHeading) : blocks.get(i);
                    items[4] = found(4, at.pos(), "text before the case description");
                    break;
                }
            }
        }
        // 5, 6, 8, 9, 10: paragraphs of the case description (the whole body when it has no such heading)
        int from = caseStart >= 0 ? caseStart + 1 : 0;
        int to = caseStart >= 0 ? caseEnd : blocks.size();
        paragraph(items, 5, blocks, from, to, P_PATIENT, false);
        paragraph(items, 6, blocks, from, to, P_FINDINGS, false);
        paragraph(items, 8, blocks, from, to, P_DIAGNOSIS, false);
        paragraph(items, 9, blocks, from, to, P_THERAPY, false);
        paragraph(items, 10, blocks, from, to, P_FOLLOWUP, true);
        // 7: a timeline figure
        if (items[7] == null) {
            for (CaseSource.FigureFile f : src.figures()) {
                if (f.kind().equals("timeline")) {
                    items[7] = found(7, f.pos(), "timeline figure fig-" + f.name());
                    break;
                }
            }
        }
        // 9: a regimen figure
        if (items[9] == null) {
            for (CaseSource.FigureFile f : src.figures()) {
                if (f.kind().equals("regimen")) {
                    items[9] = found(9, f.pos(), "regimen figure fig-" + f.name());
                    break;
                }
            }
        }
        // 12, 13: statements, then any paragraph
        Node statements = fm.at("statements");
        if (statements != null) {
            for (YamlTree.Scalar sc : YamlTree.scalars(statements)) {
                String name = sc.path().split("\\.")[0];
                if (sc.node().getValue().isBlank()) continue;
                if (items[13] == null && (name.toLowerCase(Locale.ROOT).contains("consent") || P_CONSENT.matcher(sc.node().getValue()).find())) {
                    items[13] = found(13, fm.pos(sc.node()), "statements." + sc.path() + ": " + clip(sc.node().getValue()));
                }
                if (items[12] == null && name.toLowerCase(Locale.ROOT).contains("perspective")) {
                    items[12] = found(12, fm.pos(sc.node()), "statements." + sc.path());
                }
            }
        }
        paragraph(items, 12, blocks, 0, blocks.size(), P_PERSPECTIVE, false);
        paragraph(items, 13, blocks, 0, blocks.size(), P_CONSENT, false);

        List<Item> out = new ArrayList<>();
        for (Def d : DEFS) {
            Item it = items[d.number()];
            out.add(it != null ? it : new Item(d.number(), d.rule(), d.topic(), d.description(), false, null, ""));
        }
        return out;
    }

    private static void paragraph(Item[] items, int n, List<CaseSource.BodyBlock> blocks, int from, int to, Pattern p, boolean last) {
        if (items[n] != null) return;
        for (int k = 0; k < to - from; k++) {
            int i = last ? to - 1 - k : from + k;
            CaseSource.BodyBlock b = blocks.get(i);
            if (b.heading()) continue;
            var m = p.matcher(b.text());
            if (m.find()) {
                items[n] = found(n, b.pos(), "paragraph: \"…" + snippet(b.text(), m.start()) + "…\"");
                return;
            }
        }
    }

    private static Item found(int n, SourcePos where, String evidence) {
        Def d = DEFS.get(n - 1);
        return new Item(n, d.rule(), d.topic(), d.description(), true, where, evidence);
    }

    static String clip(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 80 ? t.substring(0, 79) + "…" : t;
    }

    private static String snippet(String text, int at) {
        String t = text.replaceAll("\\s+", " ");
        int a = Math.max(0, Math.min(at, t.length()) - 20);
        while (a > 0 && t.charAt(a - 1) != ' ') a--;
        int b = Math.min(t.length(), a + 70);
        return t.substring(a, b).strip();
    }

    /** The items with their places named relative to the case folder ("case.md:38:9") for the checklist a journal reads. */
    public static List<Item> relativeTo(List<Item> items, String caseDirDisplay) {
        String prefix = caseDirDisplay.endsWith("/") ? caseDirDisplay : caseDirDisplay + "/";
        List<Item> out = new ArrayList<>();
        for (Item it : items) {
            SourcePos w = it.where();
            if (w != null && w.file().startsWith(prefix)) w = new SourcePos(w.file().substring(prefix.length()), w.line(), w.column());
            out.add(new Item(it.number(), it.rule(), it.topic(), it.description(), it.present(), w, it.evidence()));
        }
        return out;
    }

    /**
     * Reports a {@code care-*} warning for every missing item, placed where the item would go: the title, keywords
     * and abstract at their front-matter keys; the introduction at the start of the body; the items of the case
     * description at its heading; discussion and patient perspective at the end of the body; consent at the
     * statements (or the end of the front matter).
     */
    public static void report(List<Item> items, CaseSource src, Findings out) {
        YamlTree fm = src.front();
        String file = src.caseFile();
        List<CaseSource.BodyBlock> blocks = src.blocks();
        SourcePos bodyStart = blocks.isEmpty() ? new SourcePos(file, src.bodyStart + 1, 1) : blocks.get(0).pos();
        SourcePos bodyEnd = new SourcePos(file, Math.max(1, src.text.lineCount()), 1);
        SourcePos caseHeading = bodyStart;
        for (CaseSource.BodyBlock b : blocks) {
            if (b.heading() && H_CASE.matcher(b.text()).find()) {
                caseHeading = b.pos();
                break;
            }
        }
        SourcePos frontEnd = new SourcePos(file, Math.max(1, src.bodyStart), 1);
        for (Item it : items) {
            if (it.present()) continue;
            SourcePos at = switch (it.number()) {
                case 1 -> fm.root() == null ? new SourcePos(file, 1, 1) : fm.pos("title");
                case 2 -> fm.root() == null ? new SourcePos(file, 1, 1) : fm.pos("keywords");
                case 3 -> fm.root() == null ? new SourcePos(file, 1, 1) : fm.pos("abstract");
                case 4 -> bodyStart;
                case 5, 6, 7, 8, 9, 10 -> caseHeading;
                case 13 -> fm.at("statements") != null ? fm.pos(YamlTree.keyNode(fm.root(), "statements")) : frontEnd;
                default -> bodyEnd;
            };
            out.report(it.rule(), at, "CARE item " + it.number() + " (" + it.topic() + ") not found: " + it.description());
        }
    }
}
