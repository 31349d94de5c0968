package org.compactregister.ui.register;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.EmailAddress;
import org.compactregister.model.FormField;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.UkDate;
import org.compactregister.model.UkPhoneNumber;
import org.compactregister.model.UkPostcode;

/**
 * The text of every field of the commitment form, kept as typed (so nothing is lost when a save is
 * refused), and the tidying that writes a field the standard way once the user leaves it. Dates are
 * typed day first; one that cannot be read stays as typed. Part of {@link SignatoryFormViewModel}.
 */
final class TypedFields {

    private final StringProperty signatoryName = new SimpleStringProperty("");
    private final StringProperty dateSigned = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty addressLine1 = new SimpleStringProperty("");
    private final StringProperty addressLine2 = new SimpleStringProperty("");
    private final StringProperty addressLine3 = new SimpleStringProperty("");
    private final StringProperty town = new SimpleStringProperty("");
    private final StringProperty postcode = new SimpleStringProperty("");
    private final StringProperty telephone = new SimpleStringProperty("");
    private final StringProperty secondTelephone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>();
    private final StringProperty dateReceived = new SimpleStringProperty("");
    private final ObjectProperty<HowReceived> howReceived = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");

    TypedFields() {
    }

    /** Fills every field from {@code form}, its dates written the short way (24/11/2026). */
    void load(CommitmentForm form) {
        signatoryName.set(form.signatoryName());
        dateSigned.set(UkDate.formatShort(form.dateSigned()));
        organisation.set(form.organisation());
        addressLine1.set(form.address().line1());
        addressLine2.set(form.address().line2());
        addressLine3.set(form.address().line3());
        town.set(form.address().town());
        postcode.set(form.address().postcode());
        telephone.set(form.telephone());
        secondTelephone.set(form.secondTelephone());
        email.set(form.email());
        sector.set(form.sector());
        dateReceived.set(UkDate.formatShort(form.dateReceived()));
        howReceived.set(form.howReceived());
        notes.set(form.notes());
    }

    /**
     * The form as typed; dates that cannot be read come out as null (and are reported by
     * {@link #dateProblems}).
     */
    CommitmentForm form() {
        return new CommitmentForm(signatoryName.get(), UkDate.parse(dateSigned.get()).orElse(null),
                organisation.get(), new Address(addressLine1.get(), addressLine2.get(), addressLine3.get(), town.get(),
                postcode.get()), telephone.get(), email.get(), sector.get(),
                UkDate.parse(dateReceived.get()).orElse(null), howReceived.get(), notes.get())
                .withSecondTelephone(secondTelephone.get());
    }

    /** Dates that were typed but cannot be read as dates, each with what to write instead. */
    Map<FormField, String> dateProblems() {
        Map<FormField, String> problems = new EnumMap<>(FormField.class);
        if (!dateSigned.get().isBlank() && UkDate.parse(dateSigned.get()).isEmpty()) {
            problems.put(FormField.DATE_SIGNED, "\"" + dateSigned.get().strip()
                    + "\" is not a date. Write it day first, like 24/11/2026.");
        }
        if (!dateReceived.get().isBlank() && UkDate.parse(dateReceived.get()).isEmpty()) {
            problems.put(FormField.DATE_RECEIVED, "\"" + dateReceived.get().strip()
                    + "\" is not a date. Write it day first, like 24/11/2026.");
        }
        return problems;
    }

    /** The fields typed as text: all but the sector and how the form was received, which are chosen. */
    List<StringProperty> texts() {
        return List.of(signatoryName, dateSigned, organisation, addressLine1, addressLine2, addressLine3, town,
                postcode, telephone, secondTelephone, email, dateReceived, notes);
    }

    /** Writes the postcode the standard way once the user leaves the field ({@code le1 1aa} becomes {@code LE1 1AA}). */
    public void tidyPostcode() {
        UkPostcode.normalise(postcode.get()).ifPresent(postcode::set);
    }

    /** Writes the phone number the standard way ({@code +44 116 496 0321} becomes {@code 0116 496 0321}). */
    public void tidyTelephone() {
        UkPhoneNumber.normalise(telephone.get()).ifPresent(telephone::set);
    }

    /** Writes the second phone number the standard way, as {@link #tidyTelephone} does the first. */
    public void tidySecondTelephone() {
        UkPhoneNumber.normalise(secondTelephone.get()).ifPresent(secondTelephone::set);
    }

    /** Writes the email address the standard way, as {@link EmailAddress#normalise} does. */
    public void tidyEmail() {
        EmailAddress.normalise(email.get()).ifPresent(email::set);
    }

    /** Writes both dates the short way ({@code 3 nov 2026} becomes {@code 03/11/2026}); one that cannot be read stays. */
    public void tidyDates() {
        UkDate.parse(dateSigned.get()).ifPresent(date -> dateSigned.set(UkDate.formatShort(date)));
        UkDate.parse(dateReceived.get()).ifPresent(date -> dateReceived.set(UkDate.formatShort(date)));
    }

    public StringProperty signatoryNameProperty() {
        return signatoryName;
    }

    public StringProperty dateSignedProperty() {
        return dateSigned;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty addressLine1Property() {
        return addressLine1;
    }

    public StringProperty addressLine2Property() {
        return addressLine2;
    }

    public StringProperty addressLine3Property() {
        return addressLine3;
    }

    public StringProperty townProperty() {
        return town;
    }

    public StringProperty postcodeProperty() {
        return postcode;
    }

    public StringProperty telephoneProperty() {
        return telephone;
    }

    public StringProperty secondTelephoneProperty() {
        return secondTelephone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    public StringProperty dateReceivedProperty() {
        return dateReceived;
    }

    public ObjectProperty<HowReceived> howReceivedProperty() {
        return howReceived;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
