package org.compactregister.ui.register;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.compactregister.model.FormField;

/**
 * The error beside each field of the commitment form: empty until the form is checked; once a save
 * has been tried, checked again at every change of a typed field, so a fixed field clears its error
 * at once. Part of {@link SignatoryFormViewModel}.
 */
final class ErrorsBesideFields {

    private final Map<FormField, ReadOnlyStringWrapper> errors = new EnumMap<>(FormField.class);
    private final Supplier<Map<FormField, String>> findErrors;
    private boolean triedToSave;

    /** {@code findErrors} gives every error in the form as typed now, by field; empty when there is none. */
    ErrorsBesideFields(Supplier<Map<FormField, String>> findErrors) {
        this.findErrors = findErrors;
        for (FormField field : FormField.values()) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    /** Checks the form as typed and shows the errors beside the fields; true when there are none. */
    boolean check() {
        Map<FormField, String> all = findErrors.get();
        show(all);
        return all.isEmpty();
    }

    /** Shows {@code messages} beside their fields, and clears every other field's error. */
    void show(Map<FormField, String> messages) {
        errors.forEach((field, message) -> message.set(messages.getOrDefault(field, "")));
    }

    /** A save was tried: from now on every change is checked at once. */
    void saveTried() {
        triedToSave = true;
    }

    /** A typed field changed: checks the form again when a save has been tried. */
    void fieldChanged() {
        if (triedToSave) {
            check();
        }
    }

    /** The error beside {@code field}; empty when it has none. */
    public ReadOnlyStringProperty errorProperty(FormField field) {
        return errors.get(field).getReadOnlyProperty();
    }
}
