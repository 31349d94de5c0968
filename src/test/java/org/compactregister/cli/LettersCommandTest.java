package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Status;
import org.compactregister.persistence.SignatoryRepository;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LettersCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CommandLines.create((db, demo) -> {
            throw new AssertionError("no window");
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private void addSignatories(Path db, String... organisationsAndNames) {
        try (Services services = Services.open(db, Clock.systemDefaultZone())) {
            LocalDate signed = LocalDate.now().minusDays(20);
            for (int i = 0; i < organisationsAndNames.length; i += 2) {
                services.register().register(new CommitmentForm(organisationsAndNames[i + 1], signed,
                        organisationsAndNames[i], new Address(i + " Mill Street", "", "Oakwell", "LE2 1AA"), "", "",
                        Sector.SOCIAL_ENTERPRISE, signed.plusDays(3), HowReceived.EMAIL, ""), true);
            }
        }
    }

    @Test
    void writesTheOutstandingLettersAndMarksThemOnlyWhenAsked() throws Exception {
        Path db = dir.resolve("register");
        addSignatories(db, "Oakwell Bike Workshop CIC", "Dmitri Ivanov", "Thornby Tenants' Forum", "Дмитрий Иванов");
        Path pdf = dir.resolve("letters.pdf");

        assertEquals(0, run("letters", "--outstanding", "--out", pdf.toString(), "--db", db.toString()), err::toString);
        assertTrue(out.toString().contains("Wrote 2 letters (2 pages)"), out::toString);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Dear Дмитрий Иванов,"), text);
            assertTrue(text.contains("Oakwell Bike Workshop CIC"), text);
        }
        try (Services services = Services.open(db, Clock.systemDefaultZone())) {
            assertEquals(Status.RECEIVED, services.register().find(1).orElseThrow().status(), "not marked unless asked");
        }

        assertEquals(0, run("letters", "--outstanding", "--out", pdf.toString(), "--mark-acknowledged",
                "--db", db.toString()), err::toString);
        assertTrue(out.toString().contains("Marked 2 signatories as acknowledged"), out::toString);
        try (Services services = Services.open(db, Clock.systemDefaultZone())) {
            assertEquals(Status.ACKNOWLEDGED, services.register().find(1).orElseThrow().status());
            assertEquals(LocalDate.now(), services.register().find(2).orElseThrow().acknowledgedOn());
        }

        Files.delete(pdf);
        assertEquals(0, run("letters", "--outstanding", "--out", pdf.toString(), "--db", db.toString()));
        assertTrue(out.toString().contains("No signatories are waiting"), out::toString);
        assertFalse(Files.exists(pdf));
    }

    @Test
    void listsTheLettersLeftOutAndMakesTheRest() throws Exception {
        Path db = dir.resolve("register");
        addSignatories(db, "Ashcombe Allotment Society", "Ana Kowalska");
        try (Services services = Services.open(db, Clock.systemDefaultZone())) {
            LocalDate signed = LocalDate.now().minusDays(20);
            new SignatoryRepository(services.database().jdbi()).addAll(List.of(new CommitmentForm("ሰላም ተስፋዬ", signed,
                    "Brambleford Eritrean Association", new Address("3 Mill Street", "", "Oakwell", "LE2 1AA"), "", "",
                    Sector.SOCIAL_ENTERPRISE, signed.plusDays(3), HowReceived.EMAIL, "")), Instant.now());
        }
        Path pdf = dir.resolve("letters.pdf");

        assertEquals(LettersCommand.SOME_REFUSED, run("letters", "--outstanding", "--out", pdf.toString(), "--db",
                db.toString()));
        assertTrue(err.toString().contains("left out: The acknowledgement letter to \"Brambleford Eritrean Association\""),
                err::toString);
        assertTrue(out.toString().contains("Wrote 1 letter (1 page)"), out::toString);
    }

    @Test
    void withoutTheOutFileItSaysSo() {
        assertEquals(2, run("letters", "--outstanding", "--db", dir.resolve("register").toString()));
        assertTrue(err.toString().contains("--out"), err::toString);
    }
}
