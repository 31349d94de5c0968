package org.compactregister.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.compactregister.model.TwoVersions.Keep;
import org.junit.jupiter.api.Test;

class TwoVersionsTest {

    private static final CommitmentForm OPENED = new CommitmentForm("Ioana Popescu", LocalDate.of(2026, 10, 1),
            "Fernley Repair Café CIC", new Address("3 Canal Side", "", "Wharf Yard", "Loughborough", "LE11 3QQ"),
            "01509 496000", "07700 900123", "", Sector.SOCIAL_ENTERPRISE, LocalDate.of(2026, 10, 6),
            HowReceived.POST, "");

    @Test
    void differingFieldsAreMarkedAndTheSuggestionKeepsEachSidesOwnChanges() {
        CommitmentForm theirs = OPENED.withContact("01509 496111", "ioana@fernley.example.org")
                .withAddress(new Address("3 Canal Side", "", "Dock Yard", "Loughborough", "LE11 3QQ"));
        CommitmentForm mine = OPENED.withContact("01509 496222", "")
                .withAddress(new Address("3 Canal Side", "", "Wharf Yard", "Shepshed", "LE11 3QQ"));
        TwoVersions versions = TwoVersions.compare(OPENED, theirs, mine);

        assertEquals(List.of(FormField.ADDRESS_LINE_3, FormField.TOWN, FormField.TELEPHONE, FormField.EMAIL),
                versions.differing().stream().map(TwoVersions.FieldVersions::field).toList());
        assertEquals("Address line 3, Town, Tel, Email", versions.differingLabels());
        TwoVersions.FieldVersions tel = versions.differing().get(2);
        assertEquals("01509 496111", tel.theirs());
        assertEquals("01509 496222", tel.mine());
        assertTrue(tel.changedByBoth());
        assertFalse(versions.differing().get(1).changedByBoth(), "only I changed the town");
        assertEquals(Map.of(FormField.ADDRESS_LINE_3, Keep.THEIRS, FormField.TOWN, Keep.MINE,
                FormField.TELEPHONE, Keep.MINE, FormField.EMAIL, Keep.THEIRS), versions.suggestedChoices());

        CommitmentForm merged = versions.merged(versions.suggestedChoices());
        assertEquals("Dock Yard", merged.address().line3());
        assertEquals("Shepshed", merged.address().town());
        assertEquals("01509 496222", merged.telephone());
        assertEquals("ioana@fernley.example.org", merged.email());
        assertEquals("07700 900123", merged.secondTelephone(), "fields nobody changed stay");
        assertEquals(theirs, versions.merged(new EnumMap<>(FormField.class)), "no choices: all theirs");
    }

    @Test
    void everyFieldCanBeTakenFromMine() {
        CommitmentForm mine = new CommitmentForm("I. Popescu", LocalDate.of(2026, 9, 30), "Fernley Repair Cafe",
                new Address("4 Canal Side", "Unit 2", "Dock Yard", "Shepshed", "LE12 9AA"), "01509 496999",
                "07700 900999", "i@example.org", Sector.VOLUNTARY_AND_COMMUNITY, LocalDate.of(2026, 10, 7),
                HowReceived.EMAIL, "Rang twice");
        TwoVersions versions = TwoVersions.compare(OPENED, OPENED, mine);
        assertEquals(FormField.values().length, versions.differing().size());
        Map<FormField, Keep> all = new EnumMap<>(FormField.class);
        for (FormField field : FormField.values()) {
            all.put(field, Keep.MINE);
        }
        assertEquals(mine, versions.merged(all));
    }
}
