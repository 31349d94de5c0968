package org.compactregister.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVPrinter;
import org.compactregister.io.SpreadsheetSafeCsv;
import org.compactregister.letter.LetterService;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.Plural;
import org.compactregister.model.Scan;
import org.compactregister.model.SentLetter;
import org.compactregister.model.Signatory;
import org.compactregister.model.SignatoryFields;
import org.compactregister.model.SubjectAccessRequest;
import org.compactregister.model.UkDate;
import org.compactregister.scan.ScanService;
import org.compactregister.service.Progress;
import org.compactregister.service.SafeFile;
import org.compactregister.service.Services;

/**
 * One person's subject access pack, one zip: {@code summary.pdf} (what is held, why, since when, who
 * it was shared with), {@code data.csv} (every field of each record), {@code scans/} (the scanned
 * forms, byte for byte as kept), {@code letters/} (each letter sent, as it was printed) and
 * {@code audit.csv} (the audit entries about these records only).
 */
final class SubjectAccessPack {

    private final Services services;
    private final ScanService scans;
    private final LetterService letters;

    SubjectAccessPack(Services services) {
        this.services = services;
        this.scans = new ScanService(services);
        this.letters = new LetterService(services);
    }

    void write(SubjectAccessRequest request, List<Signatory> found, Path out, Progress progress) {
        SafeFile.write(out, "The subject access pack", stream -> {
            try (ZipOutputStream zip = new ZipOutputStream(stream)) {
                writeTo(zip, request, found, progress);
            }
        });
    }

    private void writeTo(ZipOutputStream zip, SubjectAccessRequest request, List<Signatory> found, Progress progress)
            throws IOException {
        List<AuditEntry> audit = new ArrayList<>();
        found.forEach(signatory -> audit.addAll(services.audit().about(signatory.id())));
        Map<Signatory, List<Scan>> kept = new LinkedHashMap<>();
        Map<Signatory, List<SentLetter>> sent = new LinkedHashMap<>();
        int step = 0;
        for (Signatory signatory : found) {
            progress.checkCancelled();
            progress.update(step++, found.size() + 1, "Gathering " + signatory.reference());
            kept.put(signatory, scans.list(signatory.id()).stream().map(listing -> listing.scan()).toList());
            sent.put(signatory, letters.history(signatory.id()));
            for (Scan scan : kept.get(signatory)) {
                Path copy = scans.exportForViewing(scan);
                try {
                    put(zip, "scans/" + signatory.reference() + " " + scan.id() + " " + safe(scan.fileName()),
                            out -> Files.copy(copy, out));
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
            for (SentLetter letter : sent.get(signatory)) {
                byte[] pdf = letters.reprint(letter, Progress.NONE).pdf();
                put(zip, "letters/" + signatory.reference() + " letter " + letter.letterDate() + " " + letter.id()
                        + ".pdf", out -> out.write(pdf));
            }
        }
        put(zip, "data.csv", out -> data(found, out));
        put(zip, "audit.csv", out -> AuditCsv.write(audit, services.clock().getZone(), out));
        progress.checkCancelled();
        put(zip, "summary.pdf", out -> out.write(summary(request, found, kept, sent, audit.size())));
        progress.update(found.size() + 1, found.size() + 1, "Done");
    }

    private static void data(List<Signatory> found, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(List.of("Reference"));
        header.addAll(SignatoryFields.of(found.get(0)).keySet());
        CSVPrinter printer = SpreadsheetSafeCsv.open(AuditCsv.leftOpen(out), header.toArray(String[]::new));
        for (Signatory signatory : found) {
            List<Object> cells = new ArrayList<>(List.of(signatory.reference()));
            cells.addAll(SignatoryFields.of(signatory).values());
            SpreadsheetSafeCsv.printRow(printer, cells.toArray());
        }
        printer.close();
    }

    private byte[] summary(SubjectAccessRequest request, List<Signatory> found, Map<Signatory, List<Scan>> kept,
                           Map<Signatory, List<SentLetter>> sent, int auditEntries) {
        String office = letters.currentTemplate().senderName();
        TextPdf pdf = new TextPdf().title("Personal data held about " + request.person())
                .paragraph("Subject access request received " + UkDate.formatShort(request.receivedOn())
                        + ", to be answered by " + UkDate.formatShort(request.dueOn()) + ". Pack made "
                        + UkDate.formatShort(services.register().today()) + " by " + request.staff() + ".")
                .heading("Who holds it, and why")
                .paragraph(office + " keeps the register of the organisations that signed the local Compact. "
                        + "Your details were given on the commitment form you signed on behalf of an organisation. "
                        + "They are kept to record that commitment, to acknowledge it by letter, and to contact the "
                        + "organisation about the Compact. The published list of signatories shows only the "
                        + "organisation, its sector and the date it signed: never your personal details.")
                .paragraph("You appear in " + Plural.of(found.size(), "record", "records") + ": "
                        + String.join(", ", found.stream().map(s -> s.reference() + " (" + s.organisation() + ")")
                        .toList()) + ".");
        for (Signatory signatory : found) {
            pdf.heading(signatory.reference() + ": " + signatory.organisation());
            pdf.field("Held since", UkDate.formatShort(LocalDate.ofInstant(signatory.createdAt(),
                    services.clock().getZone())));
            SignatoryFields.of(signatory).forEach((label, value) -> {
                if (!value.isEmpty()) {
                    pdf.field(label, value);
                }
            });
            List<Scan> scansKept = kept.get(signatory);
            pdf.field("Scanned forms kept", scansKept.isEmpty() ? "none" : String.join(", ",
                    scansKept.stream().map(Scan::fileName).toList()) + " (in the folder scans)");
            List<SentLetter> letterList = sent.get(signatory);
            pdf.field("Shared with (letters sent)", letterList.isEmpty() ? "no letters sent"
                    : "acknowledgement letters posted to the address above, dated " + String.join(", ",
                    letterList.stream().map(l -> UkDate.formatShort(l.letterDate())).toList())
                    + " (copies in the folder letters)");
        }
        pdf.heading("Also in this pack")
                .paragraph("data.csv: every detail of each record, as a spreadsheet. audit.csv: "
                        + Plural.of(auditEntries, "recorded change", "recorded changes")
                        + " to these records: who made each, when, and what changed.");
        return pdf.toBytes("Subject access pack for " + request.person());
    }

    private static String safe(String fileName) {
        return fileName.replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private static void put(ZipOutputStream zip, String name, SafeFile.StreamWriting writing) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        writing.writeTo(zip);
        zip.closeEntry();
    }
}
