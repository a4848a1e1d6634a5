package org.casereport.diag;


/**
 * One finding: printed as {@code file:line:col: severity: message [rule]}, on one line, with control characters
 * from the input shown escaped ({@link Printable}).
 *
 * @param rule a stable rule id ("yaml-syntax", "cite-unknown-key", …), listed in docs/rules.md
 */
public record Diagnostic(Severity severity, String rule, String message, SourcePos pos) {
    public static Diagnostic error(String rule, SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, rule, message, pos);
    }

    public static Diagnostic warning(String rule, SourcePos pos, String message) {
        return new Diagnostic(Severity.WARNING, rule, message, pos);
    }

    @Override
    public String toString() {
        return Printable.of(pos.toString()) + ": " + severity.label() + ": " + Printable.of(message) + " [" + rule + "]";
    }
}
