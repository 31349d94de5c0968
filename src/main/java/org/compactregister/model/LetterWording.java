package org.compactregister.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a letter template's wording: which fields it names that the register does not know
 * (refused when the template is saved), and the text with the fields filled in.
 */
public final class LetterWording {

    private static final Pattern FIELD = Pattern.compile("\\{([^{}\\n]*)}");

    private LetterWording() {
    }

    /** What is wrong with the template's wording, in words for the person editing it; empty when nothing is. */
    public static List<String> problems(LetterTemplate template) {
        List<String> problems = new ArrayList<>();
        if (template.senderName().isEmpty()) {
            problems.add("Enter the sender's name (your organisation) for the top of the letter.");
        }
        if (template.body().isEmpty()) {
            problems.add("Write the body of the letter.");
        }
        if (template.noNameGreeting().isEmpty()) {
            problems.add("Enter the greeting for letters with no signatory's name, such as \"Dear colleague\".");
        }
        fieldProblems("subject", template.subject(), problems);
        fieldProblems("body", template.body(), problems);
        return problems;
    }

    private static void fieldProblems(String part, String text, List<String> problems) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = FIELD.matcher(text);
        StringBuilder rest = new StringBuilder();
        int end = 0;
        while (matcher.find()) {
            if (LetterField.named(matcher.group(1)).isEmpty()) {
                unknown.add(matcher.group());
            }
            rest.append(text, end, matcher.start());
            end = matcher.end();
        }
        rest.append(text.substring(end));
        if (!unknown.isEmpty()) {
            problems.add("The " + part + " uses " + Plural.word(unknown.size(), "a field", "fields")
                    + " the register does not know: " + String.join(", ", unknown)
                    + ". Use one of " + knownFields() + ".");
        }
        if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
            problems.add("The " + part + " has a brace { or } that does not close a field. Fields are written "
                    + "like {organisation}, on one line.");
        }
    }

    /** All the fields, as written in a template: {name}, {organisation}, … */
    public static String knownFields() {
        List<String> names = new ArrayList<>();
        for (LetterField field : LetterField.values()) {
            names.add(field.placeholder());
        }
        return String.join(", ", names);
    }

    /** The text with each field replaced by the recipient's details (unknown fields are left as written). */
    public static String fill(String text, LetterRecipient recipient, LocalDate letterDate) {
        Matcher matcher = FIELD.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = LetterField.named(matcher.group(1))
                    .map(field -> value(field, recipient, letterDate))
                    .orElse(matcher.group());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String value(LetterField field, LetterRecipient recipient, LocalDate letterDate) {
        return switch (field) {
            case NAME -> recipient.name();
            case ORGANISATION -> recipient.organisation();
            case ADDRESS -> String.join(", ", recipient.address().lines());
            case DATE_SIGNED -> UkDate.formatLong(recipient.dateSigned());
            case DATE_RECEIVED -> UkDate.formatLong(recipient.dateReceived());
            case SECTOR -> recipient.sector();
            case REFERENCE -> recipient.reference();
            case LETTER_DATE -> UkDate.formatLong(letterDate);
        };
    }

    /** "Dear Ana Kowalska," or, with no name, the template's greeting ("Dear colleague,"). */
    public static String greeting(LetterTemplate template, LetterRecipient recipient) {
        String greeting = recipient.name().isEmpty() ? template.noNameGreeting() : "Dear " + recipient.name();
        return greeting.endsWith(",") ? greeting : greeting + ",";
    }
}
