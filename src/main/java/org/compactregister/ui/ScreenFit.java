package org.compactregister.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;

/**
 * A window's scene at the size its view asks for, made smaller where the screen is (a 1366×768
 * laptop): the whole window, its buttons along the bottom included, stays on the screen, with
 * room for the title bar and the taskbar (the screen's visual bounds leave the taskbar out).
 */
public final class ScreenFit {

    /** Room left for the window's title bar and frame, in pixels. */
    static final double FRAME = 40;

    private ScreenFit() {
    }

    /** A scene of {@code root}, {@code width} × {@code height} pixels, or as much as fits on the primary screen. */
    public static Scene scene(Parent root, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(root, Math.min(width, screen.getWidth() - FRAME), Math.min(height, screen.getHeight() - FRAME));
    }
}
