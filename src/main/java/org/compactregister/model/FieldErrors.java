package org.compactregister.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What is wrong with a form, one message per field, in words for office staff. */
public final class FieldErrors {

    private final Map<FormField, String> messages;

    private FieldErrors(Map<FormField, String> messages) {
        this.messages = Collections.unmodifiableMap(messages);
    }

    public static FieldErrors none() {
        return new FieldErrors(new EnumMap<>(FormField.class));
    }

    static FieldErrors of(Map<FormField, String> messages) {
        Map<FormField, String> copy = new EnumMap<>(FormField.class);
        copy.putAll(messages);
        return new FieldErrors(copy);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public Optional<String> messageFor(FormField field) {
        return Optional.ofNullable(messages.get(field));
    }

    public Map<FormField, String> asMap() {
        return messages;
    }

    /** All messages on one line, each after its field's label: for reports and the command line. */
    public String summary() {
        return messages.entrySet().stream()
                .map(entry -> entry.getKey().label() + ": " + entry.getValue())
                .collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return summary();
    }
}
