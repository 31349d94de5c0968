package org.compactregister.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.compactregister.model.Scan;
import org.compactregister.model.ScanMediaType;
import org.compactregister.model.Signatory;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pictures stored sideways are shown upright, as their orientation tag says. Where the stored
 * top-left (red) and top-right (blue) corners must appear, for each EXIF orientation, is the
 * EXIF standard's table of the stored 0th row and 0th column.
 */
class PhotoOrientationTest {

    private enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_RIGHT, BOTTOM_LEFT }

    /** Orientation → where red (stored top-left) and blue (stored top-right) stand upright. */
    private static final Map<Integer, List<Corner>> UPRIGHT = Map.of(
            1, List.of(Corner.TOP_LEFT, Corner.TOP_RIGHT),
            2, List.of(Corner.TOP_RIGHT, Corner.TOP_LEFT),
            3, List.of(Corner.BOTTOM_RIGHT, Corner.BOTTOM_LEFT),
            4, List.of(Corner.BOTTOM_LEFT, Corner.BOTTOM_RIGHT),
            5, List.of(Corner.TOP_LEFT, Corner.BOTTOM_LEFT),
            6, List.of(Corner.TOP_RIGHT, Corner.BOTTOM_RIGHT),
            7, List.of(Corner.BOTTOM_RIGHT, Corner.TOP_RIGHT),
            8, List.of(Corner.BOTTOM_LEFT, Corner.TOP_LEFT));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "EXIF orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void aJpegIsShownUprightForEachOrientation(int orientation) throws IOException {
        Path jpeg = OrientedPictures.jpeg(dir.resolve("photo-" + orientation + ".jpg"), orientation);

        try (ScanPages pages = ScanRenderer.open(jpeg, ScanMediaType.JPEG)) {
            assertUpright(pages, 0, orientation);
        }
    }

    @ParameterizedTest(name = "EXIF orientation {0}")
    @ValueSource(ints = {1, 3, 6, 8})
    void aWebpWithAnExifChunkIsShownUpright(int orientation) throws IOException {
        Path webp = OrientedPictures.webp(dir.resolve("shared-" + orientation + ".webp"), orientation);

        try (ScanPages pages = ScanRenderer.open(webp, ScanMediaType.WEBP)) {
            assertUpright(pages, 0, orientation);
        }
    }

    @Test
    void eachPageOfATiffIsShownUprightByItsOwnTag() throws IOException {
        Path tiff = OrientedPictures.tiff(dir.resolve("scanner.tif"), List.of(6, 1, 3, 8));

        try (ScanPages pages = ScanRenderer.open(tiff, ScanMediaType.TIFF)) {
            assertEquals(4, pages.pageCount());
            assertUpright(pages, 0, 6);
            assertUpright(pages, 1, 1);
            assertUpright(pages, 2, 3);
            assertUpright(pages, 3, 8);
        }
    }

    @Test
    void theFieldCasePhonePhotoIsKeptWithAnUprightThumbnailAndPages() throws IOException {
        Path photo = FieldCases.copy("F11-phone-photo-exif-rotated.jpg", dir);
        try (Services services = ScanTestRegister.open(dir)) {
            ScanService scans = new ScanService(services);
            Signatory signatory = ScanTestRegister.addSignatory(services, 0);

            Scan scan = scans.attachOne(signatory.id(), photo).attached().get(0);

            BufferedImage thumbnail = scans.list(signatory.id()).get(0).thumbnail();
            assertEquals(ScanRenderer.THUMBNAIL_WIDTH, thumbnail.getWidth());
            assertEquals(255, thumbnail.getHeight(), "portrait, as the form was photographed (1240 × 1754 upright)");
            try (ScanPages pages = scans.openPages(scan)) {
                assertEquals(1240, pages.naturalWidth(0));
                assertEquals(1754, pages.naturalHeight(0));
                BufferedImage page = pages.render(0, 0.5);
                assertEquals(620, page.getWidth());
                assertEquals(877, page.getHeight());
            }
        }
    }

    @Test
    void aPhotoWithoutATagOrWithADamagedOneIsShownAsStored() throws IOException {
        Path plain = ScanFiles.image(dir.resolve("plain.jpg"), "jpeg", 300, 200);
        Path odd = OrientedPictures.jpeg(dir.resolve("odd.jpg"), 9);

        try (ScanPages pages = ScanRenderer.open(plain, ScanMediaType.JPEG)) {
            assertEquals(300, pages.naturalWidth(0));
        }
        try (ScanPages pages = ScanRenderer.open(odd, ScanMediaType.JPEG)) {
            assertUpright(pages, 0, 1);
        }
    }

    private static void assertUpright(ScanPages pages, int page, int orientation) throws IOException {
        boolean sideways = orientation >= 5;
        int width = sideways ? OrientedPictures.HEIGHT : OrientedPictures.WIDTH;
        int height = sideways ? OrientedPictures.WIDTH : OrientedPictures.HEIGHT;
        assertEquals(width, pages.naturalWidth(page), "width upright, orientation " + orientation);
        assertEquals(height, pages.naturalHeight(page), "height upright, orientation " + orientation);
        BufferedImage drawn = pages.render(page, 1);
        assertEquals(width, drawn.getWidth());
        assertEquals(height, drawn.getHeight());
        List<Corner> expected = UPRIGHT.get(orientation);
        assertEquals(0xFF0000, colourAt(drawn, expected.get(0)), "red corner, orientation " + orientation);
        assertEquals(0x0000FF, colourAt(drawn, expected.get(1)), "blue corner, orientation " + orientation);
    }

    /** The dominant colour (red, green, blue or white) a few pixels in from a corner. */
    private static int colourAt(BufferedImage image, Corner corner) {
        int in = OrientedPictures.BLOCK / 2;
        int x = corner == Corner.TOP_LEFT || corner == Corner.BOTTOM_LEFT ? in : image.getWidth() - 1 - in;
        int y = corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT ? in : image.getHeight() - 1 - in;
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return (r > 160 ? 0xFF0000 : 0) | (g > 160 ? 0x00FF00 : 0) | (b > 160 ? 0x0000FF : 0);
    }
}
