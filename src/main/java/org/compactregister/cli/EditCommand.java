package org.compactregister.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.FormField;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Signatory;
import org.compactregister.model.TwoVersions;
import org.compactregister.model.UkDate;
import org.compactregister.service.RefusedException;
import org.compactregister.service.SaveOutcome;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code edit REF --set FIELD=VALUE … [--if-version N]}: changes fields of one signatory, with the
 * register's rules. A save over a newer version is refused (someone else saved it since version N,
 * or in the moment between reading and saving), naming the fields where theirs and yours differ.
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Change fields of one signatory: --set \"Town=Leicester\" --set \"Tel=0116 496 0000\".",
            "Fields by their names on the form: Name, Date signed, On behalf of organisation, Address,",
            "Address line 2, Address line 3, Town, Postcode, Tel, Second tel, Email, Sector, Date received,",
            "How received, Notes. Prints the new version; with --if-version, refuses when someone else has",
            "saved the signatory since that version, naming the fields where theirs and yours differ."})
public final class EditCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "REF", description = "The signatory's reference, like CS-000042.")
    String reference;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", required = true,
            description = "A field and its new value (repeat for more fields; an empty value blanks it).")
    List<String> settings = new ArrayList<>();

    @Option(names = "--if-version", paramLabel = "N",
            description = "Save only if the signatory is still at version N (as an earlier edit printed it).")
    Integer ifVersion;

    @Option(names = "--even-if-duplicate", description = "Save even if the new name or postcode looks like "
            + "another signatory's.")
    boolean evenIfDuplicate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long id = Signatory.idOf(reference).orElseThrow(() -> new RefusedException("\"" + reference
                + "\" is not a reference: give it like CS-000042. Nothing was saved."));
        Map<FormField, String> wanted = parse(settings);
        try (Services services = database.open()) {
            Signatory current = services.register().find(id).orElseThrow(() -> new RefusedException(
                    "there is no signatory " + Signatory.referenceOf(id) + " in the register. Nothing was saved."));
            CommitmentForm mine = current.form();
            for (Map.Entry<FormField, String> field : wanted.entrySet()) {
                mine = withText(mine, field.getKey(), field.getValue());
            }
            if (ifVersion != null && ifVersion != current.version()) {
                TwoVersions versions = TwoVersions.compare(current.form(), current.form(), mine);
                throw new RefusedException(current.reference() + " \"" + current.organisation() + "\" is at version "
                        + current.version() + ", not " + ifVersion + ": someone else saved it since. Nothing was "
                        + "saved. " + (versions.differing().isEmpty() ? "It already holds the values you gave."
                        : "Yours and theirs differ in: " + versions.differingLabels() + "."));
            }
            SaveOutcome outcome = services.register().update(current, mine, evenIfDuplicate);
            if (outcome instanceof SaveOutcome.Invalid invalid) {
                throw new RefusedException(String.join(" ", invalid.errors().asMap().values()) + " Nothing was saved.");
            }
            if (outcome instanceof SaveOutcome.PossibleDuplicates duplicates) {
                throw new RefusedException("the new details look like " + duplicates.existing().stream()
                        .map(s -> s.reference() + " \"" + s.organisation() + "\"").toList()
                        + ". Nothing was saved; add --even-if-duplicate if it is a different organisation.");
            }
            Signatory saved = ((SaveOutcome.Saved) outcome).signatory();
            spec.commandLine().getOut().println("Saved " + saved.reference() + " \"" + saved.organisation()
                    + "\" (version " + saved.version() + ").");
            return 0;
        }
    }

    private static Map<FormField, String> parse(List<String> settings) {
        Map<FormField, String> wanted = new LinkedHashMap<>();
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            String name = equals < 0 ? setting : setting.substring(0, equals);
            FormField field = fieldNamed(name.strip());
            if (equals < 0) {
                throw new RefusedException("give --set as FIELD=VALUE, like \"Town=Leicester\" (\"" + setting
                        + "\" has no =). Nothing was saved.");
            }
            wanted.put(field, setting.substring(equals + 1));
        }
        return wanted;
    }

    private static FormField fieldNamed(String name) {
        for (FormField field : FormField.values()) {
            if (field.label().equalsIgnoreCase(name) || field.name().equalsIgnoreCase(name.replace(' ', '_'))) {
                return field;
            }
        }
        throw new RefusedException("there is no field called \"" + name + "\". Use one of: " + String.join(", ",
                java.util.Arrays.stream(FormField.values()).map(FormField::label).toList()) + ". Nothing was saved.");
    }

    /** {@code form} with {@code field} set from the text given on the command line. */
    static CommitmentForm withText(CommitmentForm form, FormField field, String text) {
        Address a = form.address();
        return switch (field) {
            case SIGNATORY_NAME -> new CommitmentForm(text, form.dateSigned(), form.organisation(), a, form.telephone(),
                    form.secondTelephone(), form.email(), form.sector(), form.dateReceived(), form.howReceived(),
                    form.notes());
            case DATE_SIGNED -> new CommitmentForm(form.signatoryName(), date(text), form.organisation(), a,
                    form.telephone(), form.secondTelephone(), form.email(), form.sector(), form.dateReceived(),
                    form.howReceived(), form.notes());
            case ORGANISATION -> new CommitmentForm(form.signatoryName(), form.dateSigned(), text, a, form.telephone(),
                    form.secondTelephone(), form.email(), form.sector(), form.dateReceived(), form.howReceived(),
                    form.notes());
            case ADDRESS_LINE_1 -> form.withAddress(new Address(text, a.line2(), a.line3(), a.town(), a.postcode()));
            case ADDRESS_LINE_2 -> form.withAddress(new Address(a.line1(), text, a.line3(), a.town(), a.postcode()));
            case ADDRESS_LINE_3 -> form.withAddress(new Address(a.line1(), a.line2(), text, a.town(), a.postcode()));
            case TOWN -> form.withAddress(new Address(a.line1(), a.line2(), a.line3(), text, a.postcode()));
            case POSTCODE -> form.withAddress(a.withPostcode(text));
            case TELEPHONE -> form.withContact(text, form.email());
            case SECOND_TELEPHONE -> form.withSecondTelephone(text);
            case EMAIL -> form.withContact(form.telephone(), text);
            case SECTOR -> new CommitmentForm(form.signatoryName(), form.dateSigned(), form.organisation(), a,
                    form.telephone(), form.secondTelephone(), form.email(),
                    sector(text), form.dateReceived(), form.howReceived(),
                    form.notes());
            case DATE_RECEIVED -> new CommitmentForm(form.signatoryName(), form.dateSigned(), form.organisation(), a,
                    form.telephone(), form.secondTelephone(), form.email(), form.sector(), date(text),
                    form.howReceived(), form.notes());
            case HOW_RECEIVED -> new CommitmentForm(form.signatoryName(), form.dateSigned(), form.organisation(), a,
                    form.telephone(), form.secondTelephone(), form.email(), form.sector(), form.dateReceived(),
                    howReceived(text), form.notes());
            case NOTES -> new CommitmentForm(form.signatoryName(), form.dateSigned(), form.organisation(), a,
                    form.telephone(), form.secondTelephone(), form.email(), form.sector(), form.dateReceived(),
                    form.howReceived(), text);
        };
    }

    private static java.time.LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        return UkDate.parse(text).orElseThrow(() -> new RefusedException("\"" + text.strip()
                + "\" is not a date: write it day first, like 24/11/2026. Nothing was saved."));
    }

    private static org.compactregister.model.Sector sector(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new SectorName().convert(text);
        } catch (picocli.CommandLine.TypeConversionException e) {
            throw new RefusedException(e.getMessage() + ". Nothing was saved.");
        }
    }

    private static HowReceived howReceived(String text) {
        if (text.isBlank()) {
            return null;
        }
        for (HowReceived how : HowReceived.values()) {
            if (how.label().toLowerCase(Locale.ROOT).startsWith(text.strip().toLowerCase(Locale.ROOT))) {
                return how;
            }
        }
        throw new RefusedException("\"" + text.strip() + "\" is not a way forms arrive. Use one of: " + String.join(
                ", ", java.util.Arrays.stream(HowReceived.values()).map(HowReceived::label).toList())
                + ". Nothing was saved.");
    }
}
