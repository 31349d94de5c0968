package org.compactregister.model;

import java.time.LocalDate;

/** One acknowledgement letter: the template version it follows, to whom, and its date. */
public record AcknowledgementLetter(LetterTemplate template, LetterRecipient recipient, LocalDate date) {
}
