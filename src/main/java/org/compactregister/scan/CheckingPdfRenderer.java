package org.compactregister.scan;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.MissingResourceException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * Draws PDF pages with PDFBox, but a picture that cannot be decoded stops the page instead of
 * leaving a blank space with only a line in the log (PDFBox's own way). The picture is named by
 * its coding (JPEG 2000, JBIG2…) where the PDF says it.
 */
final class CheckingPdfRenderer extends PDFRenderer {

    private static final Map<COSName, String> CODINGS = Map.of(
            COSName.JPX_DECODE, "JPEG 2000",
            COSName.JBIG2_DECODE, "JBIG2",
            COSName.DCT_DECODE, "JPEG",
            COSName.CCITTFAX_DECODE, "fax (CCITT)");

    CheckingPdfRenderer(PDDocument document) {
        super(document);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new CheckingPageDrawer(parameters);
    }

    /** Thrown out of the page drawer; {@link PdfPages} adds the page number. */
    static final class PictureNotDrawn extends IOException {

        private final String picture;

        PictureNotDrawn(String picture, Throwable cause) {
            super(picture + " could not be drawn", cause);
            this.picture = picture;
        }

        String picture() {
            return picture;
        }
    }

    private static final class CheckingPageDrawer extends PageDrawer {

        CheckingPageDrawer(PageDrawerParameters parameters) throws IOException {
            super(parameters);
        }

        @Override
        protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
            String name = operator.getName();
            if (name.equals(OperatorName.DRAW_OBJECT) || name.equals(OperatorName.BEGIN_INLINE_IMAGE)
                    || e instanceof MissingResourceException) {
                throw new PictureNotDrawn(picture(operator, operands), e);
            }
            super.operatorException(operator, operands, e);
        }

        private String picture(Operator operator, List<COSBase> operands) {
            COSBase filters = null;
            if (operator.getName().equals(OperatorName.BEGIN_INLINE_IMAGE) && operator.getImageParameters() != null) {
                filters = operator.getImageParameters().getDictionaryObject(COSName.F, COSName.FILTER);
            } else if (!operands.isEmpty() && operands.get(0) instanceof COSName objectName) {
                filters = filtersOf(getResources(), objectName);
            }
            String coding = codingOf(filters);
            return coding == null ? "a picture on it" : "its " + coding + " picture";
        }

        private static COSBase filtersOf(PDResources resources, COSName objectName) {
            try {
                PDXObject object = resources == null ? null : resources.getXObject(objectName);
                return object instanceof PDImageXObject image
                        ? image.getCOSObject().getDictionaryObject(COSName.F, COSName.FILTER) : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static String codingOf(COSBase filters) {
            if (filters instanceof COSName single) {
                return CODINGS.get(single);
            }
            if (filters instanceof COSArray chain) {
                for (COSBase filter : chain) {
                    if (filter instanceof COSName named && CODINGS.containsKey(named)) {
                        return CODINGS.get(named);
                    }
                }
            }
            return null;
        }
    }
}
