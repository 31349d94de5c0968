package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compactregister.model.CheckedForm;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.CommitmentFormRules;
import org.compactregister.model.OrganisationName;
import org.junit.jupiter.api.Test;

class SampleSignatoriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void manyThousandsOfSamplesAreAllDifferentAndAllValid() {
        List<CommitmentForm> forms = new SampleSignatories(7, TODAY).forms(5000);
        assertEquals(5000, forms.size());
        Set<String> keys = new HashSet<>();
        for (CommitmentForm form : forms) {
            assertTrue(keys.add(OrganisationName.matchKey(form.organisation())), form.organisation());
            CheckedForm checked = CommitmentFormRules.check(form, TODAY);
            assertTrue(checked.isValid(), () -> form + ": " + checked.errors().summary());
            assertEquals(form, checked.form(), "samples are already written the standard way");
        }
    }

    @Test
    void theSameSeedGivesTheSameRegister() {
        assertEquals(new SampleSignatories(3, TODAY).forms(50), new SampleSignatories(3, TODAY).forms(50));
    }
}
