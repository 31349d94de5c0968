package org.compactregister.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compactregister.model.CheckedForm;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.DuplicateRule;
import org.compactregister.model.FormField;
import org.compactregister.model.OrganisationName;
import org.compactregister.service.RegisterService;

/**
 * Judges imported rows one after another with the register's own rules: the form entry rules
 * ({@link RegisterService#check}), then the duplicate rule against the register (held in memory,
 * {@link RegisterNames}) and against the earlier accepted rows of the same file, unless the row is
 * marked a different organisation.
 */
final class RowChecker {

    /** An accepted row of the file: its line, organisation and postcode (not the whole form, to keep memory small). */
    private record Earlier(long line, String organisation, String key, String postcode) {
    }

    private final RegisterService register;
    private final RegisterNames names;
    private final ColumnMapping mapping;
    private final int headerSize;
    /** The header's size less the nameless columns at its end (Excel's trailing commas): the cells a row should have. */
    private final int namedColumns;
    private final DifferentOrganisationMark mark;
    private final Map<FormField, DateOrder> dateOrders;
    private final Map<String, List<Earlier>> byName = new HashMap<>();
    private final Map<String, List<Earlier>> byPostcode = new HashMap<>();

    /** @param dateOrders the order each date column's all-number dates are read in (see {@link DateColumn}) */
    RowChecker(RegisterService register, RegisterNames names, ColumnMapping mapping, List<String> header,
               Map<FormField, DateOrder> dateOrders) {
        this.register = register;
        this.names = names;
        this.mapping = mapping;
        this.headerSize = header.size();
        int named = header.size();
        while (named > 0 && header.get(named - 1).isBlank()) {
            named--;
        }
        this.namedColumns = named;
        this.mark = DifferentOrganisationMark.in(header);
        this.dateOrders = Map.copyOf(dateOrders);
    }

    /** The file's columns this checker's mapping leaves out. */
    List<String> unmapped(List<String> header) {
        return mapping.unmapped(header);
    }

    RowCheck check(CsvRow row) {
        if (row.unreadable().isPresent()) {
            return new RowCheck(row.line(), row.cells(), null, row.unreadable());
        }
        RowReading.Result read = RowReading.read(row, mapping, headerSize, dateOrders);
        CheckedForm checked = register.check(read.form());
        List<String> problems = new ArrayList<>(read.problems());
        checked.errors().asMap().forEach((field, message) -> {
            boolean alreadySaid = read.problems().stream().anyMatch(p -> p.startsWith(field.label() + ":"));
            if (!alreadySaid) {
                problems.add(field.label() + ": " + message);
            }
        });
        if (!problems.isEmpty()) {
            return new RowCheck(row.line(), row.cells(), read.form(), Optional.of(String.join(" ", problems)));
        }
        CommitmentForm form = checked.form();
        String key = OrganisationName.matchKey(form.organisation());
        Optional<String> duplicate = mark.isMarked(row) ? Optional.empty()
                : duplicateInFile(form, key).or(() -> duplicateInRegister(form, key));
        if (duplicate.isPresent()) {
            return new RowCheck(row.line(), row.cells(), form, duplicate);
        }
        remember(row.line(), form, key);
        List<String> notes = read.notes();
        if (row.cells().size() < namedColumns) {
            // a row cut short (by a program that leaves empty cells off, or a line break inside a cell)
            notes = new ArrayList<>(notes);
            notes.add(0, "the row has " + row.cells().size() + " of the " + namedColumns + " columns; the rest were "
                    + "left empty.");
        }
        return new RowCheck(row.line(), row.cells(), form, Optional.empty(), notes);
    }

    private Optional<String> duplicateInRegister(CommitmentForm form, String key) {
        return names.likelyDuplicate(form, key).map(first -> "Looks like \"" + first.organisation() + "\" ("
                + first.reference() + ", signed by " + first.signatoryName() + "), already in the register." + DifferentOrganisationMark.HOW_TO_MARK);
    }

    /**
     * The first earlier accepted row of the file that {@code form} is likely a duplicate of: among
     * those with the same name key, then among those with the same postcode (each in the file's order).
     */
    private Optional<String> duplicateInFile(CommitmentForm form, String key) {
        String postcode = form.address().postcode();
        Optional<Earlier> found = firstDuplicate(byName.getOrDefault(key, List.of()), key, postcode);
        if (found.isEmpty() && !postcode.isEmpty()) {
            found = firstDuplicate(byPostcode.getOrDefault(postcode, List.of()), key, postcode);
        }
        return found.map(earlier -> "Looks like \"" + earlier.organisation() + "\" on line " + earlier.line()
                + " of this file: the same organisation twice?" + DifferentOrganisationMark.HOW_TO_MARK);
    }

    private static Optional<Earlier> firstDuplicate(List<Earlier> candidates, String key, String postcode) {
        for (Earlier earlier : candidates) {
            if (DuplicateRule.isLikelyDuplicate(key, postcode, earlier.key(), earlier.postcode())) {
                return Optional.of(earlier);
            }
        }
        return Optional.empty();
    }

    private void remember(long line, CommitmentForm form, String key) {
        Earlier earlier = new Earlier(line, form.organisation(), key, form.address().postcode());
        byName.computeIfAbsent(key, k -> new ArrayList<>()).add(earlier);
        if (!form.address().postcode().isEmpty()) {
            byPostcode.computeIfAbsent(form.address().postcode(), k -> new ArrayList<>()).add(earlier);
        }
    }
}
