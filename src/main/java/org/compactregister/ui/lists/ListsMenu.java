package org.compactregister.ui.lists;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.compactregister.list.SignatoryListService;
import org.compactregister.list.SignatoryStatistics;
import org.compactregister.service.Services;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/** The main window's "Lists" menu: the signatory list screen and the statistics. */
public final class ListsMenu {

    private ListsMenu() {
    }

    public static Menu create(Window owner, Services services, TaskExecutor executor, DialogService dialogs) {
        MenuItem list = new MenuItem("Signatory list…");
        list.setId("menu-signatory-list");
        list.setOnAction(event -> openSignatoryList(owner, services, executor, dialogs));
        MenuItem statistics = new MenuItem("Statistics…");
        statistics.setId("menu-statistics");
        statistics.setOnAction(event -> openStatistics(owner, services, executor, dialogs));
        Menu menu = new Menu("Lists", null, list, statistics);
        menu.setId("menu-lists");
        return menu;
    }

    public static SignatoryListView openSignatoryList(Window owner, Services services, TaskExecutor executor,
                                                      DialogService dialogs) {
        SignatoryListView view = new SignatoryListView(
                new SignatoryListViewModel(new SignatoryListService(services), executor, dialogs), owner);
        view.show();
        return view;
    }

    public static StatisticsView openStatistics(Window owner, Services services, TaskExecutor executor,
                                                DialogService dialogs) {
        StatisticsView view = new StatisticsView(
                new StatisticsViewModel(new SignatoryStatistics(services), executor, dialogs), owner);
        view.show();
        return view;
    }
}
