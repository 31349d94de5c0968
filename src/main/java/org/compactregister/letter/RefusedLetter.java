package org.compactregister.letter;

import org.compactregister.model.LetterRecipient;

/** A letter left out of a run because it could not be printed correctly, and why (in the office's words). */
public record RefusedLetter(LetterRecipient recipient, String reason) {
}
