package org.compactregister.letter;

import java.util.List;
import org.compactregister.model.AcknowledgementLetter;
import org.compactregister.model.Plural;

/**
 * Letters made into one PDF: the PDF itself, the letters in it (in order), and those refused
 * because they could not be printed correctly.
 */
public record LetterRun(byte[] pdf, int pages, List<AcknowledgementLetter> letters, List<RefusedLetter> refused) {

    public LetterRun {
        letters = List.copyOf(letters);
        refused = List.copyOf(refused);
    }

    public boolean isEmpty() {
        return letters.isEmpty();
    }

    /** "12 letters", "1 letter". */
    public String countInWords() {
        return Plural.of(letters.size(), "letter", "letters");
    }

    /** The refused letters, one reason a line, for a dialog or the command line. */
    public String refusedInWords() {
        StringBuilder text = new StringBuilder();
        for (RefusedLetter refusal : refused) {
            text.append("• ").append(refusal.reason()).append('\n');
        }
        return text.toString().strip();
    }
}
