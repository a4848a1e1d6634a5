package org.casereport.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.casereport.diag.Diagnostics;
import org.casereport.figure.TimelineSpec.MilestoneKind;
import org.casereport.model.Figure;
import org.junit.jupiter.api.Test;

class FigureReaderTest {
    static final Path GOOD = Path.of("src", "test", "resources", "figure", "good");

    static Figure good(String name) {
        Diagnostics d = new Diagnostics();
        Figure f = FigureReader.read(GOOD.resolve(name + ".yaml"), "figures/" + name + ".yaml", GOOD, d);
        assertEquals(List.of(), d.all());
        assertNotNull(f);
        return f;
    }

    @Test
    void exampleTimeline() {
        Figure f = Examples.read("timeline");
        assertEquals("fig-timeline", f.id());
        assertEquals(0, f.number());
        assertTrue(f.caption().ru().startsWith("Диаграмма Ганта"));
        assertTrue(f.caption().en().contains("NB-2004"));
        TimelineSpec t = (TimelineSpec) f.spec();
        assertFalse(t.days());
        assertEquals(5, t.lanes().size());
        var induction = t.lanes().get(0).phases().get(0);
        assertEquals(LocalDate.of(2020, 7, 1), induction.start().date());
        assertFalse(induction.start().approximate(), "the diagnosis month is in the article");
        assertTrue(induction.end().approximate());
        var ra = t.lanes().get(3).phases().get(0);
        assertEquals(LocalDate.of(2022, 3, 1), ra.end().date());
        assertFalse(ra.end().approximate(), "the end of therapy, March 2022, is in the article");
        assertEquals(List.of(MilestoneKind.DIAGNOSIS, MilestoneKind.SURGERY, MilestoneKind.REMISSION),
                t.milestones().stream().map(TimelineSpec.Milestone::kind).toList());
        assertTrue(t.anyApproximate());
        assertEquals(4, t.categories().size());
    }

    @Test
    void exampleRegimen() {
        Figure f = Examples.read("regimen");
        assertEquals("fig-regimen", f.id());
        RegimenSpec r = (RegimenSpec) f.spec();
        assertEquals(4, r.courses());
        assertEquals(14, r.breakDays());
        assertEquals(LocalDate.of(2024, 3, 1), r.start().date());
        RegimenSpec.Drug aza = r.drugs().get(0);
        assertEquals(25, aza.dose());
        assertEquals("mg", aza.unit().key());
        assertEquals("п/к", aza.route().label("ru"));
        assertEquals(List.of(1, 2, 3, 4), aza.days());
        assertFalse(aza.approximate());
        RegimenSpec.Drug ven = r.drugs().get(1);
        assertEquals(360, ven.dose());
        assertEquals("мг/м²", ven.unit().label("ru"));
        assertEquals("mg/m²", ven.unit().label("en"));
        assertEquals("внутрь", ven.route().label("ru"));
        assertTrue(ven.approximate(), "the article does not give venetoclax's days");
        assertEquals(14, ven.days().size());
        assertEquals(1, ven.changes().size());
        assertTrue(ven.changes().get(0).text().ru().contains("вориконазол"));
    }

    @Test
    void dayTimelineAndImages() {
        TimelineSpec t = (TimelineSpec) good("hsct-days").spec();
        assertTrue(t.days());
        assertEquals(-7, t.lanes().get(0).phases().get(0).start().day());
        assertTrue(t.lanes().get(2).phases().get(0).end().approximate());
        assertEquals(List.of(-1, 8), t.lanes().get(3).phases().stream().map(p -> p.start().day()).toList());
        ImageSpec png = (ImageSpec) good("scan").spec();
        assertEquals("png", png.format());
        assertEquals(1000, png.pixelWidth());
        Figure svg = good("drawing");
        assertEquals("fig-scheme", svg.id());
        ImageSpec s = (ImageSpec) svg.spec();
        assertTrue(s.vector());
        assertEquals(FigureWidth.PAGE, s.width());
        assertEquals(0.5, s.aspect(), 1e-9);
    }

    @Test
    void aLinkOutOfTheCaseFolderIsRefused(@org.junit.jupiter.api.io.TempDir Path tmp) throws java.io.IOException {
        Path caseDir = java.nio.file.Files.createDirectories(tmp.resolve("case"));
        Path outside = java.nio.file.Files.copy(GOOD.resolve("scan.png"), tmp.resolve("secret.png"));
        try {
            java.nio.file.Files.createSymbolicLink(caseDir.resolve("scan.png"), outside);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
        }
        Path yaml = java.nio.file.Files.writeString(caseDir.resolve("scan.yaml"), "kind: image\ncaption: {ru: КТ, en: CT}\nfile: scan.png\n");
        Diagnostics d = new Diagnostics();
        assertEquals(null, FigureReader.read(yaml, "figures/scan.yaml", caseDir, d));
        assertEquals("figures/scan.yaml:3:7: error: 'scan.png' links to a file outside the case folder [figure-path-outside-case]",
                d.all().get(0).toString());
    }

    @Test
    void categoriesStayApartInGrey() {
        // any two of the eight styles differ in hatching or clearly in lightness
        for (int i = 0; i < 8; i++) {
            for (int j = i + 1; j < 8; j++) {
                Style a = Style.of(i);
                Style b = Style.of(j);
                double la = luminance(a.fill());
                double lb = luminance(b.fill());
                assertTrue(a.hatch() != b.hatch() || Math.abs(la - lb) > 0.2,
                        "styles " + i + " and " + j + " look alike in grey: " + la + " / " + lb);
            }
        }
    }

    private static double luminance(java.awt.Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    @Test
    void unitsInEitherSpelling() {
        assertEquals("mg/m2", Units.unit("mg/m²").key());
        assertEquals("mg/m2", Units.unit("мг/м2").key());
        assertEquals("mcg/kg", Units.unit("µg/kg").key());
        assertEquals("g/m2", Units.unit("g/m2").key());
        assertEquals(null, Units.unit("mg/m3"));
        assertEquals("в/в", Units.route("iv").label("ru"));
    }

    @Test
    void lowResolutionDependsOnPrintWidth() {
        // 1000 px is 317 dpi in one 8 cm column, but only 149 dpi across a 17 cm page
        Diagnostics d = new Diagnostics();
        Path yaml = GOOD.resolve("scan.yaml");
        assertNotNull(FigureReader.read(yaml, "figures/scan.yaml", GOOD, d));
        Diagnostics narrow = new Diagnostics();
        Figure f = FigureReader.read(yaml, "figures/scan.yaml", GOOD, narrow, FigureReader.PAGE_WIDTH_PT, FigureReader.PAGE_WIDTH_PT);
        assertEquals(null, f);
        assertEquals("figure-low-resolution", narrow.all().get(0).rule());
    }
}
