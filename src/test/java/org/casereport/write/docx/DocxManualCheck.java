package org.casereport.write.docx;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the hand-built manuscript to a file, for looking at it in Word or LibreOffice:
 * {@code DocxManualCheck out.docx [journal] [stand-in]} — with "stand-in", figures are a stand-in drawing
 * instead of {@code FigureArt}'s.
 */
public final class DocxManualCheck {
    private DocxManualCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/manual.docx");
        String journal = args.length > 1 ? args[1] : "default";
        DocxWriter writer = args.length > 2 && args[2].equals("stand-in") ? new DocxWriter(DocxFixtures.drawing(0.5)) : new DocxWriter();
        Files.write(out, DocxFixtures.write(DocxFixtures.manuscript(Path.of(".")), DocxFixtures.journal(journal), writer));
        System.out.println("wrote " + out);
    }
}
