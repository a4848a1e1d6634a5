package org.casereport.write.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;

/** A reference document opened to be written into: it can drop the pictures its own (cleared) body showed. */
final class ReferenceDocument extends XWPFDocument {
    ReferenceDocument(InputStream in) throws IOException {
        super(in);
    }

    /**
     * Removes the main part's picture relationships, and the picture parts nothing else uses. Call once the body
     * is empty: the reference's sample pictures must not travel into every manuscript. Pictures of headers and
     * footers belong to those parts and stay.
     */
    void dropBodyPictures() {
        for (RelationPart rp : new ArrayList<>(getRelationParts())) {
            if (rp.getDocumentPart() instanceof XWPFPictureData pic) {
                pictures.remove(pic);
                List<XWPFPictureData> same = packagePictures.get(pic.getChecksum());
                if (same != null) {
                    same.remove(pic);
                    if (same.isEmpty()) packagePictures.remove(pic.getChecksum());
                }
                removeRelation(pic, true);
            }
        }
    }
}
