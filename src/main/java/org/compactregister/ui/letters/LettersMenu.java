package org.compactregister.ui.letters;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.compactregister.letter.LetterService;
import org.compactregister.model.SentLetter;
import org.compactregister.model.Signatory;
import org.compactregister.service.Services;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/** The main window's Letters menu: one letter, all outstanding, the template, and a signatory's history. */
public final class LettersMenu {

    private final Window owner;
    private final LetterService letters;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObjectProperty<Signatory> selected;
    private final Runnable registerChanged;

    public LettersMenu(Window owner, Services services, TaskExecutor executor, DialogService dialogs,
                       ObjectProperty<Signatory> selected, Runnable registerChanged) {
        this.owner = owner;
        this.letters = new LetterService(services);
        this.executor = executor;
        this.dialogs = dialogs;
        this.selected = selected;
        this.registerChanged = registerChanged;
    }

    public Menu menu() {
        MenuItem one = item("Letter for selected signatory…", this::letterForSelected);
        MenuItem outstanding = item("Acknowledge all outstanding…", this::acknowledgeOutstanding);
        MenuItem history = item("Letters sent to selected signatory…", this::historyOfSelected);
        MenuItem template = item("Edit letter template…", this::editTemplate);
        one.disableProperty().bind(selected.isNull());
        history.disableProperty().bind(selected.isNull());
        Menu menu = new Menu("Letters", null, one, outstanding, new SeparatorMenuItem(), history,
                new SeparatorMenuItem(), template);
        menu.setId("letters-menu");
        return menu;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private LetterPreviewViewModel preview() {
        LetterPreviewViewModel model = new LetterPreviewViewModel(letters, executor, dialogs, registerChanged);
        new LetterPreviewView(owner, model).show();
        return model;
    }

    public void letterForSelected() {
        Signatory signatory = selected.get();
        if (signatory != null) {
            preview().makeFor(signatory);
        }
    }

    public void acknowledgeOutstanding() {
        preview().makeOutstanding();
    }

    public void reprint(SentLetter sent) {
        preview().reprint(sent);
    }

    public void historyOfSelected() {
        Signatory signatory = selected.get();
        if (signatory != null) {
            new LetterHistoryView(owner, new LetterHistoryViewModel(letters, executor, dialogs, signatory),
                    this::reprint).show();
        }
    }

    public void editTemplate() {
        LetterTemplateViewModel model = new LetterTemplateViewModel(letters, executor, dialogs);
        model.previewWith(selected.get());
        new LetterTemplateView(owner, model).show();
    }
}
