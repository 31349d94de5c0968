package org.compactregister.letter;

import static org.compactregister.letter.LetterFixtures.CLOCK;
import static org.compactregister.letter.LetterFixtures.TODAY;
import static org.compactregister.letter.LetterFixtures.add;
import static org.compactregister.letter.LetterFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compactregister.io.ColumnMapping;
import org.compactregister.io.CsvImportService;
import org.compactregister.io.DateColumn;
import org.compactregister.io.DateOrder;
import org.compactregister.io.ImportReport;
import org.compactregister.list.SignatoryList;
import org.compactregister.list.SignatoryListKind;
import org.compactregister.list.SignatoryListService;
import org.compactregister.model.Address;
import org.compactregister.model.FormField;
import org.compactregister.model.Signatory;
import org.compactregister.model.SignatoryListFilter;
import org.compactregister.model.SignatoryListOrder;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The field case F10 and more of its kind: names in Chinese, Hebrew, Gurmukhi, Bengali, Tamil and
 * Urdu go into the register and come out on letters and lists; a script no font has is refused on
 * entry, naming the field.
 */
class NamesInEveryScriptTest {

    /** One letter, with a name in any script, stays well under this: the fonts go in as subsets. */
    private static final int SMALL_LETTER = 100_000;

    @TempDir
    Path dir;

    private Services services;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("register"), CLOCK);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theSharedSpreadsheetOfChineseHebrewAndGurmukhiNamesImportsAndPrints() throws Exception {
        Path csv = dir.resolve("F10.csv");
        try (InputStream in = getClass().getResourceAsStream("/field-cases/F10-chinese-hebrew-gurmukhi-names.csv")) {
            Files.copy(in, csv);
        }
        CsvImportService imports = new CsvImportService(services);
        ColumnMapping mapping = imports.preview(csv).mapping();
        for (DateColumn column : imports.preview(csv).datesToConfirm()) {
            mapping = mapping.withDateOrder(column.field(), DateOrder.DAY_FIRST); // a UK office's spreadsheet
        }
        ImportReport report = imports.importFile(csv, mapping, false, Progress.NONE);
        assertEquals(5, report.imported(), report::summary);
        assertTrue(report.refused().isEmpty(), report::summary);

        LetterService letters = new LetterService(services);
        LetterRun run = letters.make(letters.lettersFor(letters.outstanding(), TODAY), Progress.NONE);
        assertEquals(5, run.letters().size());
        assertTrue(run.refused().isEmpty(), () -> run.refused().toString());
        String text = text(run.pdf());
        for (String name : List.of("莱斯特华人长者协会", "Dear 李明 (Li Ming),", "Kehillat Shalom", "Gurdwara Seva Lunch Club")) {
            assertTrue(text.contains(name), () -> name + " missing from:\n" + text);
        }
        for (Signatory signatory : letters.outstanding()) {
            byte[] one = letters.makeOne(letters.lettersFor(List.of(signatory), TODAY).get(0)).pdf();
            assertTrue(one.length < SMALL_LETTER, signatory.organisation() + ": " + one.length + " bytes");
            LetterFixtures.renderPages(one, Path.of("target", "letter-pictures"), "F10-" + signatory.reference());
            Files.write(Path.of("target", "letter-pictures", "F10-" + signatory.reference() + ".pdf"), one);
        }

        byte[] list = new SignatoryListService(services).pdf(new SignatoryList(SignatoryListKind.INTERNAL,
                SignatoryListFilter.current(), SignatoryListOrder.BY_ORGANISATION), Progress.NONE);
        String listText = text(list);
        assertTrue(listText.contains("莱斯特华人长者协会"), listText);
        assertFalse(listText.contains("could not be printed"), listText);
        LetterFixtures.renderPages(list, Path.of("target", "list-pictures"), "F10-internal-list");
    }

    @Test
    void bengaliTamilUrduAndHebrewLettersAreMadeEachSmall() throws IOException {
        add(services, "রহিমা বেগম", "বাংলাদেশ কমিউনিটি সেন্টার Bangladesh Centre",
                new Address("1 Spinney Hill Road", "", "Leicester", "LE5 3GH"));
        add(services, "கொ. முருகன்", "Leicester Tamil Sangam தமிழ் சங்கம்",
                new Address("2 Narborough Road", "", "Leicester", "LE3 0BQ"));
        add(services, "عائشہ خان", "پاکستان کمیونٹی سینٹر", new Address("3 Melton Road", "", "Leicester", "LE4 6PN"));
        add(services, "מרים כהן", "קהילת שלום", new Address("4 Highfield Street", "", "Leicester", "LE2 1AD"));
        LetterService letters = new LetterService(services);
        int largest = 0;
        for (Signatory signatory : letters.outstanding()) {
            LetterRun one = letters.makeOne(letters.lettersFor(List.of(signatory), TODAY).get(0));
            largest = Math.max(largest, one.pdf().length);
            LetterFixtures.renderPages(one.pdf(), Path.of("target", "letter-pictures"), "script-" + signatory.reference());
            Files.write(Path.of("target", "letter-pictures", "script-" + signatory.reference() + ".pdf"), one.pdf());
        }
        assertTrue(largest > 0 && largest < SMALL_LETTER, "largest letter " + largest + " bytes");
    }

    @Test
    void aScriptNoFontHasIsRefusedOnEntryNamingTheField() {
        var checked = services.register().check(LetterFixtures.form("ሰላም ተስፋዬ", "Abyssinia Lunch Club",
                new Address("5 Belgrave Gate", "", "Leicester", "LE1 3GQ")));
        String error = checked.errors().asMap().get(FormField.SIGNATORY_NAME);
        assertTrue(error != null && error.contains("\"ሰ\" (U+1230, Ethiopic script)"), String.valueOf(error));
        assertFalse(checked.errors().asMap().containsKey(FormField.ORGANISATION));
        assertTrue(services.register().check(LetterFixtures.form("李明", "קהילת שלום ਗੁਰਦੁਆਰਾ",
                new Address("5 Belgrave Gate", "", "Leicester", "LE1 3GQ"))).errors().asMap().isEmpty());
    }
}
