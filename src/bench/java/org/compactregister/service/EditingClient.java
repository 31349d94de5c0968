package org.compactregister.service;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.FormField;
import org.compactregister.model.Signatory;
import org.compactregister.model.SignatoryFields;
import org.compactregister.model.StaffMember;
import org.compactregister.model.RegisterLocation;

/**
 * One member of staff at a PC, run in a JVM of its own by the shared register's tests: opens the
 * register at {@code args[0]} as {@code args[1]}, then {@code args[2]} times opens one of signatories
 * 1..{@code args[3]} (chosen with seed {@code args[4]}), changes one field to a value no one else
 * writes, and saves it over the version it opened. Each outcome is one line of {@code args[5]}:
 * {@code SAVED id version FIELD value} (the value as stored) or {@code REFUSED id openedVersion
 * fieldsThatDiffer}; "saving N" goes to standard output before each save, for a test that kills it.
 */
public final class EditingClient {

    private static final List<FormField> FIELDS = List.of(FormField.NOTES, FormField.TELEPHONE, FormField.TOWN,
            FormField.ADDRESS_LINE_2);

    private EditingClient() {
    }

    public static void main(String[] args) throws Exception {
        RegisterLocation location = RegisterLocation.parse(args[0]);
        String staff = args[1];
        int edits = Integer.parseInt(args[2]);
        int signatories = Integer.parseInt(args[3]);
        Random random = new Random(Long.parseLong(args[4]));
        int client = Math.abs(staff.hashCode() % 90) + 10;
        try (Services services = Services.open(location, Clock.systemDefaultZone(), new StaffMember(staff));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[5]), StandardCharsets.UTF_8))) {
            for (int n = 0; n < edits; n++) {
                long id = 1 + random.nextInt(signatories);
                FormField field = FIELDS.get(random.nextInt(FIELDS.size()));
                Signatory opened = services.register().find(id).orElseThrow();
                CommitmentForm mine = withValue(opened.form(), field, value(field, client, n));
                System.out.println("saving " + n);
                try {
                    Signatory saved = ((SaveOutcome.Saved) services.register().update(opened, mine, true)).signatory();
                    out.println("SAVED\t" + id + "\t" + saved.version() + "\t" + field.name() + "\t"
                            + SignatoryFields.valueOf(saved.form(), field));
                } catch (ChangedElsewhereException refused) {
                    out.println("REFUSED\t" + id + "\t" + opened.version() + "\t"
                            + refused.comparison().map(c -> c.differingLabels()).orElse("(deleted)"));
                }
            }
        }
        System.out.println("finished");
    }

    private static String value(FormField field, int client, int n) {
        return switch (field) {
            case TELEPHONE -> String.format("0116 496 %04d", (client * 131 + n * 7) % 10_000);
            default -> "c" + client + " e" + n;
        };
    }

    private static CommitmentForm withValue(CommitmentForm form, FormField field, String value) {
        Address a = form.address();
        return switch (field) {
            case NOTES -> new CommitmentForm(form.signatoryName(), form.dateSigned(), form.organisation(), a,
                    form.telephone(), form.secondTelephone(), form.email(), form.sector(), form.dateReceived(),
                    form.howReceived(), value);
            case TELEPHONE -> form.withContact(value, form.email());
            case TOWN -> form.withAddress(new Address(a.line1(), a.line2(), a.line3(), value, a.postcode()));
            case ADDRESS_LINE_2 -> form.withAddress(new Address(a.line1(), value, a.line3(), a.town(), a.postcode()));
            default -> throw new IllegalArgumentException(field.name());
        };
    }
}
