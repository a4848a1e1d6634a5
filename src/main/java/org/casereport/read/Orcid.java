package org.casereport.read;

import java.util.regex.Pattern;

/** ORCID iDs: four groups of four digits, the last character a check digit (ISO 7064 MOD 11-2; X stands for 10). */
public final class Orcid {
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

    private Orcid() {
    }

    /** Accepts the bare iD or its https://orcid.org/ form; returns the bare iD, or null when not of that shape. */
    public static String bare(String s) {
        if (s == null) return null;
        String t = s.strip().replaceFirst("^(?i)https?://(www\\.)?orcid\\.org/", "");
        return FORM.matcher(t).matches() ? t : null;
    }

    /** The check digit for the first 15 digits (ISO 7064 MOD 11-2). */
    public static char checkDigit(String fifteenDigits) {
        int total = 0;
        for (int i = 0; i < fifteenDigits.length(); i++) {
            total = (total + (fifteenDigits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }

    /** Null when valid, else what is wrong. */
    public static String problem(String s) {
        String id = bare(s);
        if (id == null) return "ORCID iD \"" + s + "\" is not of the form 0000-0000-0000-000X: copy it from the author's orcid.org page";
        String digits = id.replace("-", "");
        char expected = checkDigit(digits.substring(0, 15));
        if (digits.charAt(15) != expected) {
            return "ORCID iD \"" + s + "\" has check digit " + digits.charAt(15) + ", expected " + expected + " (mistyped?): copy it from the author's orcid.org page";
        }
        return null;
    }
}
