package org.casereport.cite;

import java.util.Locale;

/**
 * The genitive of a Russian surname, for "под ред. С. А. Фомичева" (GOST R 7.0.5: the editors after "под ред." in
 * direct order and in the genitive case). Only where the ending alone decides it, whoever bears the name:
 * Фомичев → Фомичева, Шахзадова → Шахзадовой, Старинский → Старинского, Беневоленская → Беневоленской, Черных and
 * Шевченко unchanged. A surname whose genitive depends on its bearer's sex (Лесняк: a man's is "Лесняка", a woman's
 * "Лесняк") or on its stress (Мазепа, Дюма) has none here: the record gives it ({@code custom.editors-genitive}).
 */
final class RussianGenitive {
    private RussianGenitive() {
    }

    /** @return the genitive, or null when it cannot be told from the surname alone */
    static String surname(String family) {
        if (family == null || family.isBlank()) return null;
        if (family.contains("-")) {
            StringBuilder out = new StringBuilder();
            for (String part : family.split("-", -1)) {
                String g = surname(part);
                if (g == null) return null;
                if (out.length() > 0) out.append('-');
                out.append(g);
            }
            return out.toString();
        }
        String f = family.strip();
        String l = f.toLowerCase(Locale.ROOT);
        if (!l.matches("\\p{IsCyrillic}{2,}")) return null;
        if (l.endsWith("ых") || l.endsWith("их") || l.matches(".*[оеэиуюё]")) return f;   // Черных, Шевченко, Дурново
        if (l.endsWith("ский") || l.endsWith("цкий")) return cut(f, 2) + "ого";
        if (l.endsWith("ской") || l.endsWith("цкой")) return cut(f, 2) + "ого";
        if (l.endsWith("ская") || l.endsWith("цкая")) return cut(f, 2) + "ой";
        if (l.matches(".*(ов|ев|ёв|ин|ын)")) return f + "а";
        if (l.matches(".*(ова|ева|ёва|ина|ына)")) return cut(f, 1) + "ой";
        return null;
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }
}
