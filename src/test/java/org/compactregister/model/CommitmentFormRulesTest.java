package org.compactregister.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommitmentFormRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static CommitmentForm form(String name, LocalDate signed, String organisation, String postcode,
                                       String tel, String email, LocalDate received) {
        return new CommitmentForm(name, signed, organisation, new Address("4 Chapel Lane", "", "Oadby", postcode),
                tel, email, Sector.VOLUNTARY_AND_COMMUNITY, received, HowReceived.POST, "");
    }

    @Test
    void aGoodFormPassesAndIsTidied() {
        CheckedForm checked = CommitmentFormRules.check(form(" Zofia  Nowak ", LocalDate.of(2026, 11, 2),
                "Kingsmere Food Share", "le2 3ab", "+44 116 496 0123", "Zofia@Kingsmere.EXAMPLE.org",
                LocalDate.of(2026, 11, 20)), TODAY);
        assertTrue(checked.isValid(), checked.errors().summary());
        assertEquals("Zofia Nowak", checked.form().signatoryName());
        assertEquals("LE2 3AB", checked.form().address().postcode());
        assertEquals("0116 496 0123", checked.form().telephone());
        assertEquals("Zofia@kingsmere.example.org", checked.form().email());
    }

    @Test
    void aNumberWithAnExtensionIsKeptAndTwoEmailsInOneBoxAreToldAsSuch() {
        CheckedForm checked = CommitmentFormRules.check(form("Zofia Nowak", LocalDate.of(2026, 11, 2),
                "Kingsmere Food Share", "LE2 3AB", "0116 496 0123 ext 23", "zofia@kingsmere.example.org; "
                        + "office@kingsmere.example.org", LocalDate.of(2026, 11, 20)), TODAY);
        assertEquals(Set.of(FormField.EMAIL), checked.errors().asMap().keySet(), checked.errors().summary());
        assertEquals("\"zofia@kingsmere.example.org; office@kingsmere.example.org\" holds more than one email "
                + "address, and the form has room for one. Keep one here and put the others in Notes.",
                checked.errors().messageFor(FormField.EMAIL).orElseThrow());
        CheckedForm one = CommitmentFormRules.check(form("Zofia Nowak", LocalDate.of(2026, 11, 2),
                "Kingsmere Food Share", "LE2 3AB", "0116 496 0123 ext 23", "zofia@kingsmere.example.org",
                LocalDate.of(2026, 11, 20)), TODAY);
        assertTrue(one.isValid(), one.errors().summary());
        assertEquals("0116 496 0123 ext. 23", one.form().telephone());
        assertEquals("\"zofia@\" is not an email address. It should look like name@example.org.",
                CommitmentFormRules.check(form("Zofia Nowak", LocalDate.of(2026, 11, 2), "Kingsmere Food Share",
                        "LE2 3AB", "", "zofia@", null), TODAY).errors().messageFor(FormField.EMAIL).orElseThrow());
    }

    @Test
    void anEmailInLettersTheListsCannotPrintIsToldBesideEmail() {
        for (String email : List.of("สมชาย@example.org", "김민수@example.org")) {
            CheckedForm checked = CommitmentFormRules.check(form("Zofia Nowak", LocalDate.of(2026, 11, 2),
                    "Kingsmere Food Share", "LE2 3AB", "", email, null), TODAY);
            assertEquals(Set.of(FormField.EMAIL), checked.errors().asMap().keySet(), email);
            assertTrue(checked.errors().messageFor(FormField.EMAIL).orElseThrow().startsWith("\"" + email + "\" uses "),
                    checked.errors().summary());
            assertTrue(checked.errors().messageFor(FormField.EMAIL).orElseThrow().endsWith("Ask for an address in "
                    + "letters the register prints, or put this one in Notes and leave Email empty."));
            // a record saved with it before can still be changed elsewhere: only a changed field is told
            CommitmentForm stored = form("Zofia Nowak", LocalDate.of(2026, 11, 2), "Kingsmere Food Share", "LE2 3AB",
                    "", email, null);
            CommitmentForm telAdded = form("Zofia Nowak", LocalDate.of(2026, 11, 2), "Kingsmere Food Share", "LE2 3AB",
                    "0116 496 0999", email, null);
            assertTrue(CommitmentFormRules.check(telAdded, TODAY, stored).isValid(),
                    CommitmentFormRules.check(telAdded, TODAY, stored).errors().summary());
        }
        assertTrue(CommitmentFormRules.check(form("Zofia Nowak", LocalDate.of(2026, 11, 2), "Kingsmere Food Share",
                "LE2 3AB", "", "zoë@example.org", null), TODAY).isValid(), "letters it prints are taken");
    }

    @Test
    void theRequiredFieldsAreNameDateSignedAndOrganisation() {
        CheckedForm checked = CommitmentFormRules.check(form("", null, "  ", "", "", "", null), TODAY);
        assertEquals(Set.of(FormField.SIGNATORY_NAME, FormField.DATE_SIGNED, FormField.ORGANISATION),
                checked.errors().asMap().keySet());
        assertEquals("Enter the name of the person who signed the form.",
                checked.errors().messageFor(FormField.SIGNATORY_NAME).orElseThrow());
    }

    @Test
    void theRequiredFieldsAreDefinedOnceAndAFormWithOnlyThoseIsAccepted() {
        assertEquals(List.of(FormField.SIGNATORY_NAME, FormField.DATE_SIGNED, FormField.ORGANISATION),
                FormField.required());
        CheckedForm empty = CommitmentFormRules.check(form("", null, "", "", "", "", null), TODAY);
        for (FormField field : FormField.values()) {
            assertEquals(field.isRequired() ? Optional.of(field.whenMissing()) : Optional.empty(),
                    empty.errors().messageFor(field), field.label());
        }
        CommitmentForm onlyRequired = new CommitmentForm("Zofia Nowak", LocalDate.of(2026, 11, 2),
                "Kingsmere Food Share", null, "", "", null, null, null, "");
        assertTrue(CommitmentFormRules.check(onlyRequired, TODAY).isValid());
        assertThrows(IllegalStateException.class, FormField.NOTES::whenMissing);
    }

    @Test
    void aPostcodeWithItsSpaceWhereItMakesAnotherIsRefusedWithTheSuggestionAndFullWidthOnesAreRead() {
        CheckedForm moved = CommitmentFormRules.check(form("Zofia Nowak", LocalDate.of(2026, 11, 2),
                "Kingsmere Food Share", "LE2 13AA", "０１１６–４９６–０１２３", "", null), TODAY);
        assertEquals("\"LE2 13AA\": the space is in the wrong place: LE21 3AA? Check the postcode and write it with "
                + "the space before its last three characters.", moved.errors().messageFor(FormField.POSTCODE).orElseThrow());
        assertEquals(1, moved.errors().asMap().size(), moved.errors().summary());

        CheckedForm wide = CommitmentFormRules.check(form("Zofia Nowak", LocalDate.of(2026, 11, 2),
                "Kingsmere Food Share", "ＬＥ２１３ＡＡ", "(+44) 116 496 0123", "", null), TODAY);
        assertTrue(wide.isValid(), wide.errors().summary());
        assertEquals("LE21 3AA", wide.form().address().postcode());
        assertEquals("0116 496 0123", wide.form().telephone());
    }

    @Test
    void eachBadFieldGetsAMessageInPlainWords() {
        CheckedForm checked = CommitmentFormRules.check(form("Zofia Nowak", LocalDate.of(2026, 12, 25),
                "Kingsmere Food Share", "LE1", "12345", "zofia.example.org", LocalDate.of(2026, 12, 1)), TODAY);
        assertFalse(checked.isValid());
        assertEquals("\"LE1\" is only the first half of a postcode. Add the second half, like LE1 1AA.",
                checked.errors().messageFor(FormField.POSTCODE).orElseThrow());
        assertTrue(checked.errors().messageFor(FormField.TELEPHONE).orElseThrow().contains("not a UK phone number"));
        assertTrue(checked.errors().messageFor(FormField.EMAIL).orElseThrow().contains("not an email address"));
        assertEquals("The date signed, 25 December 2026, is in the future. Check the date on the form.",
                checked.errors().messageFor(FormField.DATE_SIGNED).orElseThrow());
        assertTrue(checked.errors().messageFor(FormField.DATE_RECEIVED).orElseThrow().contains("in the future"));
    }

    @Test
    void aDateBeforeTheCompactOrAReceiptBeforeSigningIsRefused() {
        CheckedForm early = CommitmentFormRules.check(form("Zofia Nowak", LocalDate.of(1988, 5, 1),
                "Kingsmere Food Share", "", "", "", null), TODAY);
        assertTrue(early.errors().messageFor(FormField.DATE_SIGNED).orElseThrow().contains("before the Compact existed"));
        CheckedForm backwards = CommitmentFormRules.check(form("Zofia Nowak", LocalDate.of(2026, 11, 10),
                "Kingsmere Food Share", "", "", "", LocalDate.of(2026, 11, 9)), TODAY);
        assertEquals("The form cannot have been received (9 November 2026) before it was signed (10 November 2026).",
                backwards.errors().messageFor(FormField.DATE_RECEIVED).orElseThrow());
        CheckedForm sameDay = CommitmentFormRules.check(form("Zofia Nowak", TODAY, "Kingsmere Food Share", "", "",
                "", TODAY), TODAY);
        assertTrue(sameDay.isValid(), "signed and received today is fine");
    }

    @Test
    void overLongTextIsRefusedNotCut() {
        CheckedForm checked = CommitmentFormRules.check(form("Zofia Nowak", LocalDate.of(2026, 11, 2),
                "x".repeat(301), "", "", "", null), TODAY);
        assertEquals("On behalf of organisation can be at most 300 characters long.",
                checked.errors().messageFor(FormField.ORGANISATION).orElseThrow());
    }
}
