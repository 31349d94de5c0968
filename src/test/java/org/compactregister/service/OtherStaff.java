package org.compactregister.service;

import org.compactregister.model.StaffMember;
import org.compactregister.persistence.AuditRepository;
import org.compactregister.persistence.SignatoryRepository;

/** Another member of staff on the same open register and the same change feed: "another window". */
public final class OtherStaff {

    private OtherStaff() {
    }

    /** The register's use cases as {@code name} would make them, told to {@code services}' feed. */
    public static RegisterService as(Services services, String name) {
        AuditTrail trail = new AuditTrail(new AuditRepository(services.database().jdbi()), new StaffMember(name),
                services.clock(), services.changes());
        return new RegisterService(new SignatoryRepository(services.database().jdbi()), trail, services.clock());
    }
}
