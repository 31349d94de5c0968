package org.compactregister.ui.scan;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** The computer's own program for a file (a PDF reader, a picture viewer), where the system offers one. */
public interface SystemViewer {

    boolean isSupported();

    void open(Path file) throws IOException;

    /** Through {@link java.awt.Desktop}. */
    static SystemViewer desktop() {
        return new SystemViewer() {
            @Override
            public boolean isSupported() {
                return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
            }

            @Override
            public void open(Path file) throws IOException {
                Desktop.getDesktop().open(file.toFile());
            }
        };
    }
}
