package org.compactregister.io;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.compactregister.model.Status;
import org.compactregister.service.Services;

/**
 * Counts for the command line's {@code stats}: signatories by status and the dates they span. The
 * counts by sector come from {@link org.compactregister.list.SignatoryStatistics}, as in the window.
 */
public final class RegisterStatistics {

    /** The figures, in the order they are printed. */
    public record Figures(int total, Map<Status, Integer> byStatus, LocalDate firstSigned, LocalDate lastSigned,
                          long fileBytes) {
    }

    private final Services services;

    public RegisterStatistics(Services services) {
        this.services = services;
    }

    public Figures figures() {
        return services.database().jdbi().withHandle(handle -> {
            Map<Status, Integer> byStatus = new LinkedHashMap<>();
            for (Status status : Status.values()) {
                byStatus.put(status, 0);
            }
            handle.createQuery("SELECT status, COUNT(*) AS n FROM signatory GROUP BY status")
                    .map((rs, ctx) -> Map.entry(Status.valueOf(rs.getString("status")), rs.getInt("n")))
                    .forEach(e -> byStatus.put(e.getKey(), e.getValue()));
            int total = handle.createQuery("SELECT COUNT(*) FROM signatory").mapTo(Integer.class).one();
            LocalDate first = handle.createQuery("SELECT MIN(date_signed) FROM signatory").mapTo(LocalDate.class)
                    .findOne().orElse(null);
            LocalDate last = handle.createQuery("SELECT MAX(date_signed) FROM signatory").mapTo(LocalDate.class)
                    .findOne().orElse(null);
            long bytes = services.databaseFile().toFile().length();
            return new Figures(total, byStatus, first, last, bytes);
        });
    }
}
