package org.compactregister.ui.privacy;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.compactregister.model.Signatory;
import org.compactregister.privacy.RetentionService;
import org.compactregister.privacy.SubjectAccessService;
import org.compactregister.service.ErasureService;
import org.compactregister.service.Services;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/** The Personal data menu: audit trail, subject access requests, erasure of the selected signatory, retention. */
public final class PrivacyMenu {

    private final Window owner;
    private final Services services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObjectProperty<Signatory> selected;
    private final Runnable onRegisterChanged;

    public PrivacyMenu(Window owner, Services services, TaskExecutor executor, DialogService dialogs,
                       ObjectProperty<Signatory> selected, Runnable onRegisterChanged) {
        this.owner = owner;
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.selected = selected;
        this.onRegisterChanged = onRegisterChanged;
    }

    public Menu menu() {
        MenuItem erase = item("Erase personal data of selected signatory…", this::eraseSelected);
        erase.disableProperty().bind(selected.isNull());
        Menu menu = new Menu("Personal data", null, item("Audit trail…", this::openAudit),
                item("Subject access requests…", this::openRequests), new SeparatorMenuItem(), erase,
                item("Retention…", this::openRetention));
        menu.setId("privacy-menu");
        return menu;
    }

    /** The History panel for a signatory's form window. */
    public static HistoryPanel historyOf(Services services, TaskExecutor executor, DialogService dialogs, long id) {
        HistoryPanel panel = new HistoryPanel(new AuditViewModel(services.audit(), services.clock().getZone(),
                executor, dialogs, id));
        panel.refresh();
        return panel;
    }

    public AuditView openAudit() {
        AuditView view = new AuditView(new AuditViewModel(services.audit(), services.clock().getZone(), executor,
                dialogs, null), owner);
        view.show();
        return view;
    }

    public RequestsView openRequests() {
        RequestsView view = new RequestsView(new RequestsViewModel(new SubjectAccessService(services),
                services.register().today(), executor, dialogs), owner);
        view.show();
        return view;
    }

    public RetentionView openRetention() {
        RetentionView view = new RetentionView(new RetentionViewModel(new RetentionService(services), executor,
                dialogs, onRegisterChanged), owner);
        view.show();
        return view;
    }

    public void eraseSelected() {
        new ErasureViewModel(new ErasureService(services), executor, dialogs, onRegisterChanged).erase(selected.get());
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }
}
