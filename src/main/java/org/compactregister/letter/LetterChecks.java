package org.compactregister.letter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compactregister.model.AcknowledgementLetter;
import org.compactregister.model.LetterRecipient;
import org.compactregister.model.LetterTemplate;
import org.compactregister.pdf.PrintableText;
import org.compactregister.pdf.UnprintableTextException;

/** Refuses, before anything is drawn, a letter with text the letter fonts cannot print correctly. */
final class LetterChecks {

    private LetterChecks() {
    }

    /** @throws UnprintableTextException naming the signatory, the letter and the text at fault */
    static void requirePrintable(AcknowledgementLetter letter) {
        requirePrintableRecipient(letter);
        requirePrintable(letter.template());
    }

    /**
     * Checks the recipient's details only, for a letter whose template has already passed
     * {@link #requirePrintable(LetterTemplate)}.
     *
     * @throws UnprintableTextException naming the signatory, the letter and the text at fault
     */
    static void requirePrintableRecipient(AcknowledgementLetter letter) {
        LetterRecipient r = letter.recipient();
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("signatory's name", r.name());
        parts.put("organisation name", r.organisation());
        List<String> lines = r.address().lines();
        for (String line : lines) {
            parts.putIfAbsent("address line \"" + line + "\"", line);
        }
        parts.put("sector", r.sector());
        for (Map.Entry<String, String> part : parts.entrySet()) {
            PrintableText.problem(part.getValue()).ifPresent(reason -> {
                throw new UnprintableTextException("The acknowledgement letter to " + r.describe()
                        + " cannot be printed: its " + part.getKey()
                        + (part.getKey().startsWith("address") ? "" : " \"" + part.getValue() + "\"")
                        + " cannot be printed correctly: " + reason + ". Change it in the register (for example, "
                        + "write it in Latin letters as well) and try again.");
            });
        }
    }

    /** @throws UnprintableTextException when the template's own wording has letters the fonts do not have */
    static void requirePrintable(LetterTemplate t) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("sender's name", t.senderName());
        parts.put("sender's address", t.senderAddress());
        parts.put("telephone", t.senderPhone());
        parts.put("email", t.senderEmail());
        parts.put("subject", t.subject());
        parts.put("body", t.body());
        parts.put("greeting", t.noNameGreeting());
        parts.put("signature name", t.signatureName());
        parts.put("signature role", t.signatureRole());
        for (Map.Entry<String, String> part : parts.entrySet()) {
            PrintableText.problem(part.getValue()).ifPresent(reason -> {
                throw new UnprintableTextException("The letter template's " + part.getKey()
                        + " cannot be printed correctly: " + reason + ". Change it in the letter template.");
            });
        }
    }
}
