package org.casereport.write.pdf;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF validation of a PDF against one flavour; the failed rules with their first message. */
final class Vera {
    private static boolean initialised;
    /** How many checks the last validation ran (a validation that checked nothing proves nothing). */
    static int lastChecks;

    private Vera() {
    }

    static synchronized Map<String, String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                    failed.putIfAbsent(rule, a.getMessage() + " @ " + a.getLocation().getContext());
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) failed.put("?", "not compliant");
            if (result.getTotalAssertions() == 0) failed.put("?", "veraPDF checked nothing");
            lastChecks = result.getTotalAssertions();
            return failed;
        }
    }
}
