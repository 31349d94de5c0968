package org.compactregister.scan;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.NodeList;

/**
 * Reads which way up a picture is stored. A photo (JPEG, PNG, WebP) carries one EXIF orientation
 * for the file, read by metadata-extractor; each page of a TIFF carries its own, reported by the
 * TIFF reader. A missing or unreadable tag means upright: the picture is then shown as stored (so a
 * BMP or GIF, which carry no EXIF, always is).
 */
final class PhotoOrientations {

    private PhotoOrientations() {
    }

    /** The EXIF orientation of the photo in {@code file}; upright when it has none or cannot be read. Never throws. */
    static Orientation ofPhoto(Path file) {
        try {
            ExifIFD0Directory exif = ImageMetadataReader.readMetadata(file.toFile())
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return Orientation.UPRIGHT;
            }
            return Orientation.ofExif(exif.getInt(ExifIFD0Directory.TAG_ORIENTATION));
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException e) {
            return Orientation.UPRIGHT;
        }
    }

    /** The orientation {@code reader} reports for page {@code pageIndex} (0-based); upright when it reports none. */
    static Orientation ofPage(ImageReader reader, int pageIndex) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(pageIndex);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return Orientation.UPRIGHT;
            }
            IIOMetadataNode tree = (IIOMetadataNode) metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
            NodeList found = tree.getElementsByTagName("ImageOrientation");
            return found.getLength() == 0 ? Orientation.UPRIGHT
                    : Orientation.ofStandardName(((IIOMetadataNode) found.item(0)).getAttribute("value"));
        } catch (IOException | RuntimeException e) {
            return Orientation.UPRIGHT;
        }
    }
}
