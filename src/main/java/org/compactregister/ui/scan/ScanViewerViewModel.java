package org.compactregister.ui.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.compactregister.scan.ScanPages;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.Problems;
import org.compactregister.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scan being read: which page, how large, which way turned, and the drawn page. Pages are opened
 * and drawn in the background; while one is drawn, further requests wait and only the latest is
 * drawn next. A turn is kept with the scan (in the background, the latest last) when a keeper is given.
 */
public final class ScanViewerViewModel {

    /** Keeps how a scan is turned, in degrees clockwise (0, 90, 180 or 270); it runs in the background. */
    @FunctionalInterface
    public interface TurnKeeper {
        void keep(int rotation) throws Exception;
    }

    static final double[] ZOOMS = {0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4};
    private static final Logger LOG = LoggerFactory.getLogger(ScanViewerViewModel.class);

    private final TaskExecutor executor;
    private final BackgroundTask.Work<ScanPages> opener;
    private final TurnKeeper keeper;
    private final Runnable whenKept;
    private final IntegerProperty rotation = new SimpleIntegerProperty(0);
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final BooleanProperty fitWidth = new SimpleBooleanProperty(true);
    private final DoubleProperty viewportWidth = new SimpleDoubleProperty(600);
    private final ObjectProperty<BufferedImage> image = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private ScanPages pages;
    private boolean drawing;
    private boolean drawAgain;
    private boolean closed;
    private boolean keeping;
    private boolean keepAgain;

    /** A viewer whose turns last while it is open (a file not yet kept); {@code opener} runs in the background. */
    public ScanViewerViewModel(TaskExecutor executor, BackgroundTask.Work<ScanPages> opener) {
        this(executor, opener, 0, null, () -> { });
    }

    /**
     * A viewer of a kept scan that opens turned by {@code rotation} degrees clockwise; each turn is
     * handed to {@code keeper} in the background, then {@code whenKept} runs on the JavaFX thread.
     */
    public ScanViewerViewModel(TaskExecutor executor, BackgroundTask.Work<ScanPages> opener, int rotation,
                               TurnKeeper keeper, Runnable whenKept) {
        this.executor = executor;
        this.opener = opener;
        this.keeper = keeper;
        this.whenKept = whenKept;
        this.rotation.set(rotation);
        viewportWidth.addListener((obs, old, now) -> {
            if (fitWidth.get() && Math.abs(old.doubleValue() - now.doubleValue()) >= 8) {
                draw();
            }
        });
    }

    public void open() {
        busy.set(true);
        executor.execute(BackgroundTask.of("Opening the scan", opener)
                .onFinished(() -> busy.set(false))
                .onSuccess(opened -> {
                    if (closed) {
                        executor.execute(BackgroundTask.<Void>of("Closing the scan", progress -> {
                            closeQuietly(opened);
                            return null;
                        }));
                        return;
                    }
                    pages = opened;
                    pageCount.set(opened.pageCount());
                    page.set(0);
                    draw();
                })
                .onFailure(failure -> problem.set(Problems.describe(failure))));
    }

    /** Draws the current page at the current zoom (or to the viewer's width). */
    public void draw() {
        if (pages == null || closed) {
            return;
        }
        if (drawing) {
            drawAgain = true;
            return;
        }
        drawing = true;
        busy.set(true);
        int index = page.get();
        boolean toWidth = fitWidth.get();
        double width = Math.max(100, viewportWidth.get() - 24);
        double at = zoom.get();
        ScanPages drawn = pages;
        int turn = rotation.get();
        executor.execute(BackgroundTask.of("Drawing the page", progress -> {
                    synchronized (drawn) {
                        ScanPages turned = drawn.rotated(turn);
                        double z = toWidth ? width / turned.naturalWidth(index) : at;
                        return new Drawn(turned.render(index, z), z);
                    }
                })
                .onFinished(() -> {
                    drawing = false;
                    busy.set(false);
                })
                .onSuccess(result -> {
                    image.set(result.image());
                    if (toWidth) {
                        zoom.set(result.zoom());
                    }
                    problem.set("");
                    drawNextIfAsked();
                })
                .onFailure(failure -> {
                    problem.set("Page " + (index + 1) + " could not be drawn. " + Problems.describe(failure));
                    drawNextIfAsked();
                }));
    }

    private record Drawn(BufferedImage image, double zoom) {
    }

    private void drawNextIfAsked() {
        if (drawAgain) {
            drawAgain = false;
            draw();
        }
    }

    public void nextPage() {
        goTo(page.get() + 1);
    }

    public void previousPage() {
        goTo(page.get() - 1);
    }

    public void firstPage() {
        goTo(0);
    }

    public void lastPage() {
        goTo(pageCount.get() - 1);
    }

    /** Shows page {@code index} (0-based); out of range does nothing. */
    public void goTo(int index) {
        if (index >= 0 && index < pageCount.get() && index != page.get()) {
            page.set(index);
            draw();
        }
    }

    public void zoomIn() {
        for (double step : ZOOMS) {
            if (step > zoom.get() + 0.001) {
                zoomTo(step);
                return;
            }
        }
    }

    public void zoomOut() {
        for (int i = ZOOMS.length - 1; i >= 0; i--) {
            if (ZOOMS[i] < zoom.get() - 0.001) {
                zoomTo(ZOOMS[i]);
                return;
            }
        }
    }

    public void zoomTo(double level) {
        fitWidth.set(false);
        zoom.set(level);
        draw();
    }

    public void fitToWidth() {
        fitWidth.set(true);
        draw();
    }

    /** Turns the scan a quarter turn anticlockwise, and keeps that with it. */
    public void rotateLeft() {
        turnBy(-90);
    }

    /** Turns the scan a quarter turn clockwise, and keeps that with it. */
    public void rotateRight() {
        turnBy(90);
    }

    private void turnBy(int degrees) {
        if (pageCount.get() == 0) {
            return;
        }
        rotation.set(Math.floorMod(rotation.get() + degrees, 360));
        draw();
        keepTurn();
    }

    private void keepTurn() {
        if (keeper == null) {
            return;
        }
        if (keeping) {
            keepAgain = true;
            return;
        }
        keeping = true;
        int turn = rotation.get();
        executor.execute(BackgroundTask.<Void>of("Keeping the turn", progress -> {
                    keeper.keep(turn);
                    return null;
                })
                .onSuccess(done -> {
                    keptTurn();
                    whenKept.run();
                })
                .onFailure(failure -> {
                    keptTurn();
                    problem.set("The turn was not kept with the scan. " + Problems.describe(failure));
                }));
    }

    private void keptTurn() {
        keeping = false;
        if (keepAgain) {
            keepAgain = false;
            keepTurn();
        }
    }

    /** Releases the scan's file; the viewer shows nothing more. */
    public void close() {
        closed = true;
        ScanPages open = pages;
        pages = null;
        if (open != null) {
            executor.execute(BackgroundTask.of("Closing the scan", progress -> {
                synchronized (open) {
                    closeQuietly(open);
                }
                return null;
            }));
        }
    }

    private static void closeQuietly(ScanPages open) {
        try {
            open.close();
        } catch (IOException e) {
            LOG.warn("Closing a scan did not go cleanly", e);
        }
    }

    public StringBinding pageLabelBinding() {
        return Bindings.createStringBinding(() -> pageCount.get() == 0 ? ""
                : "Page " + (page.get() + 1) + " of " + pageCount.get(), page, pageCount);
    }

    public StringBinding zoomLabelBinding() {
        return Bindings.createStringBinding(() -> Math.round(zoom.get() * 100) + "%", zoom);
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    /** How the scan is turned, in degrees clockwise (0, 90, 180 or 270). */
    public IntegerProperty rotationProperty() {
        return rotation;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty fitWidthProperty() {
        return fitWidth;
    }

    public DoubleProperty viewportWidthProperty() {
        return viewportWidth;
    }

    public ObjectProperty<BufferedImage> imageProperty() {
        return image;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
