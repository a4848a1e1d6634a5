package org.casereport.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casereport.diag.CaseException;
import org.casereport.diag.Limits;
import org.junit.jupiter.api.Test;

/**
 * The watchdog's budgets. Memory with several cases at once: the heap is shared, so the budget counts per case in
 * flight — two cases together holding more than one budget (but less than two) is not a reason to stop either
 * (it used to stop whichever case looked first, although neither held its budget); past the budgets of all, only
 * the case that allocated the most is stopped.
 */
class WatchdogTest {
    static final long MB = 1L << 20;

    @Test
    void twoCasesMayHoldABudgetEach() {
        Map<String, Long> allocated = new LinkedHashMap<>();
        allocated.put("a", 900 * MB);
        allocated.put("b", 300 * MB);
        // 1.5 budgets above the baseline with two cases running: within their budgets
        assertFalse(Watchdog.stops("a", 100 * MB + 1536 * MB, 100 * MB, 1024 * MB, allocated));
        assertFalse(Watchdog.stops("b", 100 * MB + 1536 * MB, 100 * MB, 1024 * MB, allocated));
        // alone, the same heap is over the one budget
        assertTrue(Watchdog.stops("a", 100 * MB + 1536 * MB, 100 * MB, 1024 * MB, Map.of("a", 900 * MB)));
    }

    @Test
    void pastTheBudgetsOnlyTheCaseThatAllocatedMostIsStopped() {
        Map<String, Long> allocated = new LinkedHashMap<>();
        allocated.put("a", 300 * MB);
        allocated.put("b", 4000 * MB);
        allocated.put("c", 10 * MB);
        long heap = 3 * 1024 * MB + 1;
        assertTrue(Watchdog.stops("b", heap, 0, 1024 * MB, allocated));
        assertFalse(Watchdog.stops("a", heap, 0, 1024 * MB, allocated));
        assertFalse(Watchdog.stops("c", heap, 0, 1024 * MB, allocated));
    }

    @Test
    void aCasePastItsTimeIsStoppedWithOneError() {
        Limits.set("case-seconds=1");
        try {
            Path where = Path.of("cases/slow/case.md");
            CaseException e = assertThrows(CaseException.class, () -> Watchdog.run(where, () -> {
                while (true) {
                    Thread.onSpinWait();   // a runaway loop that ignores interruption
                }
            }));
            assertEquals(1, e.diagnostics().size());
            String line = e.diagnostics().get(0).toString();
            assertTrue(line.startsWith("cases/slow/case.md: error: stopped after 1 s; the limit is 1 seconds"), line);
            assertTrue(line.endsWith("[limit-case-seconds]"), line);
        } finally {
            Limits.reset();
        }
    }
}
