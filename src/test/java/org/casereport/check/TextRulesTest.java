package org.casereport.check;
import org.casereport.diag.Rules;
import org.casereport.diag.Diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ordinary text must not set off the damaged-text and typography rules. */
class TextRulesTest {
    static List<Diagnostic> check(String line) {
        Segment s = new Segment("t.md", 1, 1, line, Mask.markdown(line), TextRules.script(line), 0, Segment.Kind.BODY, false);
        Findings f = new Findings();
        TextRules.damage(List.of(s), f);
        TextRules.typography(List.of(s), f);
        return new ArrayList<>(f.diagnostics());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The staff members took off their coats and went to the cliff edge.",
            "A Wi-Fi network and a sci-fi novel; the fine print of the first flight.",
            "Efficacy and safety of ruxolitinib in steroid-refractory graft-versus-host disease: a meta-analysis.",
            "Children's Oncology Group, Memorial Sloan–Kettering; López-Terrada D., Medina-Martínez J.S.",
            "CD34 and CD43 are different antigens; IL-2 is IL-2; t(1:6)(q25;p23); NUP98-rearranged; Ki-67.",
            "doi: 10.1007/s40272-017-0251-3, https://example.org/file-1-2, ISBN 978-5-91",
    })
    void englishStaysSilent(String line) {
        assertEquals(List.of(), check(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Пре-\u00A0и\u00A0постнатальный период; до-\u00A0и\u00A0послеоперационный.",
            "Протокол NB-2004, 13-цис-ретиноевая кислота, 5-азацитидин, 4-я стадия, COVID-19, дата 2020-07-15.",
            "Трансплантат: CD34+\u00A0– 5,9\u00A0×\u00A010^6^, анти-GD2-антитела, IgG-позитивный, Т-клетки, pH-метрия.",
            "Ударе\u0301ние и\u00A0за\u0301мок; й\u00A0и\u00A0ё как есть.",
            "«Генетические красные флаги»\u00A0— 8–10\u00A0% опухолей, т. е. большинство; а)\u00A0первое.",
            "Код `a - b \"c\" 5-10 в д` и\u00A0ссылка [@key-1-2] и\u00A0@fig-timeline не\u00A0проверяются.",
            "ОМЛ, МДС, ТГСК, КМ, РТПХ и\u00A0ПХТ\u00A0— сокращения; РФ «МСР».",
    })
    void russianStaysSilent(String line) {
        assertEquals(List.of(), check(line));
    }
}
