package org.compactregister.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoxEndingTest {

    /** The states a box goes through as its text is typed letter by letter, and where it would move on. */
    private static List<Integer> movesOnAfter(FormBox box, String text) {
        List<Integer> at = new ArrayList<>();
        for (int i = 1; i <= text.length(); i++) {
            if (BoxEnding.finishedBy(box, text.substring(0, i - 1), text.substring(0, i))) {
                at.add(i);
            }
        }
        return at;
    }

    @Test
    void aDateMovesOnOnlyAtTheLastDigitOfAFourDigitYear() {
        assertEquals(List.of(9), movesOnAfter(FormBox.DATE, "2/11/2026"));
        assertEquals(List.of(10), movesOnAfter(FormBox.DATE, "02.11.2026"));
        assertEquals(List.of(10), movesOnAfter(FormBox.DATE, "12-01-2027"));
        assertEquals(List.of(), movesOnAfter(FormBox.DATE, "2/11/26"), "a two-digit year may go on: Enter ends it");
        assertEquals(List.of(), movesOnAfter(FormBox.DATE, "2 Nov 2026"), "written in words: Enter ends it");
        assertEquals(List.of(), movesOnAfter(FormBox.DATE, "31/02/2026"), "not a real date: staff must see it");
    }

    @Test
    void anAddressMovesOnOnlyWhenItsLastLineIsAWholePostcode() {
        for (String address : List.of("1 Mill Row, Abermill, MB2 1AB", "4 Mill Lane, Abermill, M1 1AE",
                "Flat 2, 10 High St, Abermill, SW1A 1AA", "Unit 3\nAbermill\nmb21ab")) {
            assertEquals(List.of(address.length()), movesOnAfter(FormBox.ADDRESS, address), address);
        }
        assertEquals(List.of(), movesOnAfter(FormBox.ADDRESS, "MB2 1AB"), "a postcode alone is no address yet");
        assertEquals(List.of(), movesOnAfter(FormBox.ADDRESS, "HQ 1, Camp Road, BFPO 57"), "BFPO 5 may go on to BFPO 57");
        assertEquals(List.of(), movesOnAfter(FormBox.ADDRESS, "Rue de la Paix 3, 75002 Paris"), "no UK postcode: Enter");
    }

    @Test
    void correctionsInsideAFinishedBoxAndOtherBoxesNeverMoveOn() {
        assertFalse(BoxEnding.finishedBy(FormBox.ADDRESS, "1 Mill Row, Abermill, MB2 1AB", "1 Mill Rows, Abermill, MB2 1AB"));
        assertFalse(BoxEnding.finishedBy(FormBox.DATE, "2/11/2026", "2/11/20266"));
        assertFalse(BoxEnding.finishedBy(FormBox.DATE, "2/11/2026", "2/11/202"), "deleting is not finishing");
        assertTrue(BoxEnding.finishedBy(FormBox.DATE, "2/11/202", "2/11/2027"), "a year retyped at the end is");
        for (FormBox box : List.of(FormBox.NAME, FormBox.ORGANISATION, FormBox.TEL, FormBox.EMAIL)) {
            assertEquals(List.of(), movesOnAfter(box, "01632 960555 ada@brookside.example 2/11/2026, MB2 1AB"), box.name());
        }
    }
}
