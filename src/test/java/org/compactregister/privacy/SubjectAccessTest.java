package org.compactregister.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.compactregister.model.Signatory;
import org.compactregister.model.StaffMember;
import org.compactregister.model.SubjectAccessRequest;
import org.compactregister.service.ErasureTestData;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.compactregister.model.Engine;
import org.compactregister.persistence.Engines;

@ParameterizedClass
@ArgumentsSource(Engines.class)
class SubjectAccessTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    @Test
    void thePackOfAPersonWhoSignedForTwoGroupsHoldsBothTheirScansAsKeptAndOnlyTheirAuditEntries() throws IOException {
        try (Services services = Services.open(Engines.register(engine, dir), ErasureTestData.CLOCK,
                new StaffMember("c.dlamini"))) {
            Signatory first = ErasureTestData.fullyUsed(services, dir, "Ottoline Brackwater", "ottoline@example.org",
                    "Hollowfield Tenants Association");
            Signatory second = ErasureTestData.fullyUsed(services, dir.resolve("again"), "Ottoline Brackwater",
                    "ottoline@example.org", "Saltmarsh Food Bank");
            Signatory other = ErasureTestData.fullyUsed(services, dir.resolve("other"), "Percival Nettlefold",
                    "percy@example.org", "Greywater Chess Club");
            Map<String, byte[]> originals = Map.of(first.reference(),
                    Files.readAllBytes(dir.resolve("ottoline-brackwater-form.pdf")), second.reference(),
                    Files.readAllBytes(dir.resolve("again/ottoline-brackwater-form.pdf")));

            SubjectAccessService access = new SubjectAccessService(services);
            assertEquals(List.of(first.id(), second.id()),
                    access.find("ottoline@EXAMPLE.org").stream().map(Signatory::id).toList());
            String phone = "+44 " + first.form().telephone().substring(1);
            assertEquals(List.of(first.id(), second.id()), access.find(phone).stream().map(Signatory::id).toList(),
                    "a phone number written another way");
            assertEquals(List.of(first.id(), second.id()), access.find(first.form().telephone() + " ext 4").stream()
                    .map(Signatory::id).toList(), "the number given with an extension");
            assertEquals(List.of(first.id(), second.id()), access.find(phone + " extension 23").stream()
                    .map(Signatory::id).toList(), "the number given with its extension in words");
            Path pack = dir.resolve("out/pack.zip");
            SubjectAccessRequest request = access.makePack("Ottoline Brackwater", pack, Progress.NONE);

            assertEquals(LocalDate.of(2026, 12, 29), request.dueOn());
            assertEquals(List.of(first.reference(), second.reference()), request.references());
            Map<String, byte[]> files = unzip(pack);
            assertTrue(files.keySet().containsAll(List.of("summary.pdf", "data.csv", "audit.csv")), files.keySet().toString());
            List<String> scans = files.keySet().stream().filter(name -> name.startsWith("scans/")).toList();
            assertEquals(2, scans.size(), scans.toString());
            for (String scan : scans) {
                assertArrayEquals(originals.get(scan.substring(6, 15)), files.get(scan),
                        scan + " is byte-identical to the file attached");
            }
            assertEquals(2, files.keySet().stream().filter(name -> name.startsWith("letters/")).count());
            String audit = new String(files.get("audit.csv"), StandardCharsets.UTF_8);
            assertTrue(audit.contains(first.reference()) && audit.contains(second.reference()));
            assertFalse(audit.contains(other.reference()), "audit entries about the person only");
            assertFalse(audit.contains("Percival"));
            String data = new String(files.get("data.csv"), StandardCharsets.UTF_8);
            assertTrue(data.contains("Hollowfield Tenants Association") && data.contains("Saltmarsh Food Bank"));
            assertFalse(data.contains("Greywater"));
            try (PDDocument summary = Loader.loadPDF(files.get("summary.pdf"))) {
                String text = new PDFTextStripper().getText(summary);
                assertTrue(text.contains("Personal data held about Ottoline Brackwater"), text);
                assertTrue(text.contains("Saltmarsh Food Bank") && text.contains("Hollowfield Tenants Association"));
                assertTrue(text.contains("letters posted"), text);
                assertFalse(text.contains("Percival"));
            }
            assertEquals(List.of(request.id()), access.requests().stream().map(SubjectAccessRequest::id).toList());
            access.markAnswered(request);
            assertFalse(access.requests().get(0).isOpen());
            assertThrows(RefusedException.class, () -> access.markAnswered(request));
            assertThrows(RefusedException.class, () -> access.makePack("Nobody Atall", dir.resolve("x.zip"),
                    Progress.NONE));
            assertFalse(Files.exists(dir.resolve("x.zip")));
        }
    }

    @Test
    void aRequestIsDueOneCalendarMonthLaterAsTheIcoCountsIt() {
        assertEquals(LocalDate.of(2026, 4, 15), SubjectAccessRequest.dueFor(LocalDate.of(2026, 3, 15)));
        assertEquals(LocalDate.of(2027, 2, 28), SubjectAccessRequest.dueFor(LocalDate.of(2027, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), SubjectAccessRequest.dueFor(LocalDate.of(2028, 1, 31)));
        assertEquals(LocalDate.of(2026, 9, 30), SubjectAccessRequest.dueFor(LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2027, 1, 1), SubjectAccessRequest.dueFor(LocalDate.of(2026, 12, 1)));
        SubjectAccessRequest open = new SubjectAccessRequest(1, "x", List.of(), LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 2, 28), null, "a");
        assertEquals("Open, due 28/02/2026", open.state(LocalDate.of(2026, 2, 28)));
        assertEquals("Overdue since 28/02/2026", open.state(LocalDate.of(2026, 3, 1)));
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
