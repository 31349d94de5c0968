package org.compactregister.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.Plural;
import org.compactregister.model.Signatory;
import org.compactregister.model.SignatoryFields;
import org.compactregister.model.UkDate;
import org.compactregister.persistence.ErasureRepository;
import org.compactregister.persistence.RegisterFiles;
import org.compactregister.persistence.RegisterLocation;

/**
 * Erases one person's personal data (name, address, phones, email, notes, scans, copies of letters,
 * their search words, the old values in the audit trail) and keeps the public fact that the
 * organisation signed: organisation, sector, dates, status, reference. Each erasure goes in a ledger
 * of references (in the register and in a file beside it, {@code NAME-erasures.txt}), so that a
 * restored older backup is erased again. The file is compacted when the register closes, so the
 * erased values are then nowhere in its bytes.
 */
public final class ErasureService {

    private final Services services;
    private final ErasureRepository erasures;

    public ErasureService(Services services) {
        this.services = services;
        this.erasures = new ErasureRepository(services.database().jdbi());
    }

    /**
     * Erases the signatory's personal data; {@code why} says on what ground, in words that follow
     * "erased": "on request", "under the retention rule …".
     *
     * @return the signatory as it stays
     * @throws RefusedException when it is not in the register, or its personal data was already erased
     */
    public Signatory erase(long signatoryId, String why) {
        Signatory before = services.register().find(signatoryId).orElseThrow(() -> new RefusedException(
                "There is no signatory " + Signatory.referenceOf(signatoryId) + " in the register."));
        erasures.ledger().stream().filter(e -> e.signatoryId() == signatoryId).findFirst().ifPresent(done -> {
            throw new RefusedException("The personal data of " + before.reference() + " was already erased, on "
                    + UkDate.formatShort(java.time.LocalDate.ofInstant(done.erasedAt(), services.clock().getZone()))
                    + ".");
        });
        Instant now = services.clock().instant();
        AuditTrail audit = services.audit();
        ErasureRepository.Erasure done = audit.record(
                () -> erasures.erase(signatoryId, SignatoryFields.withoutPersonalData(before.form()), now,
                        audit.staff().name()),
                erasure -> AuditDraft.of(AuditAction.ERASED, signatoryId, "Personal data of " + before.reference()
                        + " \"" + before.organisation() + "\" erased " + why + " by " + audit.staff().name() + ", on "
                        + UkDate.formatShort(services.register().today()) + " (" + Plural.of(erasure.scans(), "scan",
                        "scans") + " and " + Plural.of(erasure.letters(), "letter copy", "letter copies")
                        + " erased with it)"));
        remember(signatoryId, now);
        return services.register().find(signatoryId).orElseThrow();
    }

    /** The references of every erasure this register or its ledger file knows of. */
    public Set<Long> erasedIds() {
        Set<Long> ids = new LinkedHashSet<>();
        erasures.ledger().forEach(e -> ids.add(e.signatoryId()));
        ids.addAll(ledgerFileIds());
        return ids;
    }

    /**
     * Erases again the signatories the ledger file beside {@code services}' register names that the
     * register still holds unerased (as after restoring a backup taken before they were erased).
     *
     * @return the references erased again
     */
    public List<String> eraseAgainFromLedger() {
        List<String> again = new ArrayList<>();
        for (long id : erasures.presentAndNotErased(ledgerFileIds())) {
            erase(id, "again after a restore (it had been erased after the backup was taken)");
            again.add(Signatory.referenceOf(id));
        }
        return again;
    }

    /** The ledger file beside the register file: one line per erasure, "CS-000042 2026-12-06T10:00:00Z". */
    public static Path ledgerFile(Path registerFile) {
        return registerFile.toAbsolutePath().resolveSibling(RegisterFiles.baseName(registerFile) + "-erasures.txt");
    }

    /**
     * The ledger file is kept beside an H2 register file only: a register on a server keeps its
     * ledger in its own table, backed up with it on the server.
     */
    private Set<Long> ledgerFileIds() {
        return services.location() instanceof RegisterLocation.H2File h2 ? ledgerFileIds(h2.file()) : Set.of();
    }

    private void remember(long signatoryId, Instant at) {
        if (!(services.location() instanceof RegisterLocation.H2File h2)) {
            return;
        }
        Path file = ledgerFile(h2.file());
        List<String> lines = new ArrayList<>(readLines(file));
        lines.add(Signatory.referenceOf(signatoryId) + " " + at);
        SafeFile.write(file, "The ledger of erasures", out -> out.write(
                (String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    static Set<Long> ledgerFileIds(Path registerFile) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String line : readLines(ledgerFile(registerFile))) {
            String reference = line.strip().split("\\s+")[0];
            Signatory.idOf(reference).ifPresent(ids::add);
        }
        return ids;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new RefusedException("The ledger of erasures " + file + " could not be read: "
                    + FileProblems.reason(e) + ".");
        }
    }
}
