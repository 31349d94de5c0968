package org.compactregister.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** A drop-down for filtering: "All …" (no filter, null) first, then each value. */
public final class FilterChoices {

    private FilterChoices() {
    }

    @SafeVarargs
    public static <T> ComboBox<T> of(String allLabel, T... values) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setButtonCell(cell(allLabel));
        box.setCellFactory(list -> cell(allLabel));
        return box;
    }

    private static <T> ListCell<T> cell(String allLabel) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? allLabel : item.toString());
            }
        };
    }
}
