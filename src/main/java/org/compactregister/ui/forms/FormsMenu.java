package org.compactregister.ui.forms;

import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.compactregister.model.Signatory;
import org.compactregister.ui.forms.FormsViewModel.Output;

/**
 * The main window's Forms menu: blank forms, forms for the chosen signatories (print, PDF, fillable
 * PDF), checking the returned forms waiting in the scan inbox, the wording.
 */
public final class FormsMenu {

    private FormsMenu() {
    }

    /** {@code checkReturned} opens the scan inbox at its first matched returned form (also Scans > Check returned forms, Ctrl+R). */
    public static Menu create(FormsViewModel forms, ObservableList<Signatory> chosen, Runnable checkReturned) {
        MenuItem printBlank = item("Print blank forms…", () -> forms.blankForms(Output.PRINT));
        MenuItem saveBlank = item("Save blank forms as PDF…", () -> forms.blankForms(Output.PDF));
        MenuItem fillableBlank = item("Save fillable blank forms (for email)…", () -> forms.blankForms(Output.FILLABLE_PDF));
        MenuItem printChosen = item("Print forms for chosen signatories", () -> forms.formsFor(chosen, Output.PRINT));
        MenuItem saveChosen = item("Save forms for chosen signatories as PDF…", () -> forms.formsFor(chosen, Output.PDF));
        MenuItem fillableChosen = item("Save fillable forms for chosen signatories (for email)…",
                () -> forms.formsFor(chosen, Output.FILLABLE_PDF));
        for (MenuItem item : new MenuItem[] {printChosen, saveChosen, fillableChosen}) {
            item.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(chosen));
        }
        MenuItem wording = item("Compact text and return address…", forms::editWording);
        MenuItem check = item("Check returned forms… (Ctrl+R)", checkReturned);
        Menu menu = new Menu("Forms", null, printBlank, saveBlank, fillableBlank, new SeparatorMenuItem(),
                printChosen, saveChosen, fillableChosen, new SeparatorMenuItem(), check, new SeparatorMenuItem(), wording);
        menu.setId("forms-menu");
        return menu;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }
}
