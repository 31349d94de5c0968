package org.compactregister.ui.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.compactregister.service.Services;
import org.compactregister.ui.FxDialogService;
import org.compactregister.ui.FxTaskExecutor;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Drives the real signatory list and statistics windows over a register of fictional signatories. */
class ListsWindowTest {

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onRegister(folder -> ListsTestData.register(folder, 70, 3));

    private Services services;
    private FxTaskExecutor executor;
    private Stage owner;

    @BeforeEach
    void showAnOwner() throws Exception {
        services = window.services();
        executor = window.executor();
        owner = window.showOwner();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        window.waitUntil(condition);
    }

    @Test
    void previewTheInternalListAndTurnItsPages(FxRobot robot) throws Exception {
        robot.interact(() -> ListsMenu.openSignatoryList(owner, services, executor, new FxDialogService(owner)));
        Label summary = robot.lookup("#list-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().equals("67 signatories in this list."));
        robot.clickOn("#internal-list");
        robot.clickOn("#list-preview");
        Label pageLabel = robot.lookup("#list-page-label").queryAs(Label.class);
        ImageView page = robot.lookup("#list-page").queryAs(ImageView.class);
        waitUntil(() -> pageLabel.getText().startsWith("Page 1 of ") && page.getImage() != null);
        assertTrue(page.getImage().getWidth() > page.getImage().getHeight(), "internal list is landscape");
        String pages = pageLabel.getText().substring("Page 1 of ".length());
        assertTrue(Integer.parseInt(pages) >= 2, pages);
        robot.clickOn("#list-next-page");
        waitUntil(() -> pageLabel.getText().equals("Page 2 of " + pages));
        robot.clickOn("#public-list");
        assertTrue(robot.lookup(".out-of-date").queryAs(Label.class).isVisible(), "preview marked out of date");
    }

    @Test
    void statisticsShowTheSectorsWithATotalAndAChart(FxRobot robot) throws Exception {
        StatisticsView[] view = new StatisticsView[1];
        robot.interact(() -> view[0] = ListsMenu.openStatistics(owner, services, executor, new FxDialogService(owner)));
        waitUntil(() -> !view[0].rowsForTests().isEmpty() && !view[0].chartForTests().getData().isEmpty());
        StatisticsView.Row total = view[0].rowsForTests().get(view[0].rowsForTests().size() - 1);
        assertTrue(total.isTotal());
        assertEquals(67, total.current());
        assertEquals(3, total.withdrawn());
        assertEquals(70, total.total());
        int sum = view[0].rowsForTests().stream().filter(r -> !r.isTotal()).mapToInt(StatisticsView.Row::current).sum();
        assertEquals(67, sum, "the sectors add up to the total");
        assertEquals("67 organisations are in the Compact now; 3 have withdrawn.",
                robot.lookup("#statistics-summary").queryAs(Label.class).getText());
        robot.clickOn("#statistics-per-period");
        waitUntil(() -> view[0].chartForTests() instanceof LineChart);
    }
}
