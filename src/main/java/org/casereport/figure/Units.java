package org.casereport.figure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casereport.figure.RegimenSpec.Route;
import org.casereport.figure.RegimenSpec.Unit;

/** The dose units and routes a regimen may name, with their printed forms in both languages. */
final class Units {
    private Units() {
    }

    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();
    private static final Map<String, Route> ROUTES = new LinkedHashMap<>();

    private static void unit(String key, String ru, String en) {
        UNITS.put(key, new Unit(key, ru, en));
    }

    private static void route(String key, String ru, String en, String... spellings) {
        Route r = new Route(key, ru, en);
        ROUTES.put(key, r);
        for (String s : spellings) ROUTES.put(s, r);
    }

    static {
        unit("mg", "мг", "mg");
        unit("mg/m2", "мг/м²", "mg/m²");
        unit("mg/kg", "мг/кг", "mg/kg");
        unit("g", "г", "g");
        unit("g/m2", "г/м²", "g/m²");
        unit("g/kg", "г/кг", "g/kg");
        unit("mcg", "мкг", "µg");
        unit("mcg/m2", "мкг/м²", "µg/m²");
        unit("mcg/kg", "мкг/кг", "µg/kg");
        unit("IU", "МЕ", "IU");
        unit("IU/m2", "МЕ/м²", "IU/m²");
        unit("IU/kg", "МЕ/кг", "IU/kg");
        unit("U/m2", "Ед/м²", "U/m²");
        unit("mg/m2/day", "мг/м²/сут", "mg/m²/day");
        unit("mg/kg/day", "мг/кг/сут", "mg/kg/day");
        unit("mg/day", "мг/сут", "mg/day");

        route("s.c.", "п/к", "s.c.", "sc", "subcutaneous");
        route("p.o.", "внутрь", "p.o.", "po", "oral");
        route("i.v.", "в/в", "i.v.", "iv", "intravenous");
        route("i.m.", "в/м", "i.m.", "im", "intramuscular");
        route("i.th.", "интратекально", "i.th.", "it", "intrathecal");
    }

    /** The unit for a spelling ("mg/m2", "mg/m²", "мг/м2", "ug/kg"…), or null. */
    static Unit unit(String written) {
        String s = written.strip().replace('²', '2').replace("µ", "mc").replace("μ", "mc").replace(" ", "");
        s = s.replace("мкг", "mcg").replace("мг", "mg").replace("кг", "kg").replace("м2", "m2").replace("г", "g")
                .replace("МЕ", "IU").replace("Ед", "U").replace("сут", "day");
        if (s.startsWith("ug")) s = "mc" + s.substring(1);
        for (Unit u : UNITS.values()) {
            if (u.key().equalsIgnoreCase(s) && (u.key().equals(s) || !u.key().contains("IU") && !u.key().startsWith("U"))) return u;
        }
        for (Unit u : UNITS.values()) if (u.key().equalsIgnoreCase(s)) return u;
        return null;
    }

    static List<String> unitNames() {
        return List.copyOf(UNITS.keySet());
    }

    static Route route(String written) {
        String s = written.strip().toLowerCase(Locale.ROOT);
        Route r = ROUTES.get(s);
        if (r != null) return r;
        return switch (s) {
            case "п/к" -> ROUTES.get("s.c.");
            case "внутрь" -> ROUTES.get("p.o.");
            case "в/в" -> ROUTES.get("i.v.");
            case "в/м" -> ROUTES.get("i.m.");
            default -> null;
        };
    }

    static List<String> routeNames() {
        return List.of("s.c.", "p.o.", "i.v.", "i.m.", "i.th.");
    }
}
