package org.casereport.diag;


/**
 * One finding: printed as {@code file:line:col: severity: message [rule]}.
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
        return pos + ": " + severity.label() + ": " + message + " [" + rule + "]";
    }
}
