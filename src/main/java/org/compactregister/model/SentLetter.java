package org.compactregister.model;

import java.time.LocalDate;

/** A letter that went out to a signatory, as recorded in its history: enough to print it again exactly. */
public record SentLetter(long id, LocalDate letterDate, int templateVersion, LetterRecipient recipient) {
}
