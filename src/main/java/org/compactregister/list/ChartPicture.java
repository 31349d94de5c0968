package org.compactregister.list;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.compactregister.service.RefusedException;
import org.compactregister.service.SafeFile;

/** The statistics chart saved as a picture, for a report or a newsletter. */
public final class ChartPicture {

    private ChartPicture() {
    }

    /**
     * Writes {@code picture} to {@code file} as a PNG, whole or not at all (see {@link SafeFile}).
     *
     * @throws RefusedException when it could not be written, saying why
     */
    public static void savePng(BufferedImage picture, Path file) {
        SafeFile.writeAt(file, "The chart", partial -> {
            if (!ImageIO.write(picture, "png", partial.toFile())) {
                throw new IOException("this Java has no PNG writer");
            }
        });
    }
}
