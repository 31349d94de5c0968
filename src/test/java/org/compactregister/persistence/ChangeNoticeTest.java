package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.compactregister.model.AuditAction;
import org.junit.jupiter.api.Test;

class ChangeNoticeTest {

    @Test
    void aNoticeSurvivesItsJsonWithAwkwardNames() {
        ChangeNotice notice = new ChangeNotice("c0ffee", AuditAction.EDITED, 42L, 7, "o'brien \"the \\ clerk\"\tż",
                Instant.parse("2026-12-06T10:42:00Z"));
        assertEquals("{\"origin\":\"c0ffee\",\"action\":\"EDITED\",\"id\":42,\"version\":7,"
                + "\"staff\":\"o'brien \\\"the \\\\ clerk\\\"\\u0009ż\",\"at\":\"2026-12-06T10:42:00Z\"}", notice.toJson());
        assertEquals(notice, ChangeNotice.parse(notice.toJson()));
        ChangeNotice none = new ChangeNotice("x", AuditAction.IMPORTED, null, 0, "alice", notice.at());
        assertEquals(none, ChangeNotice.parse(none.toJson()));
        assertEquals(none, ChangeNotice.parse(" { \"at\" : \"2026-12-06T10:42:00Z\", \"staff\":\"alice\","
                + "\"version\":0,\"action\":\"IMPORTED\",\"origin\":\"x\" } "));
    }

    @Test
    void somethingElseOnTheChannelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChangeNotice.parse("hello"));
        assertThrows(IllegalArgumentException.class, () -> ChangeNotice.parse("{\"origin\":\"x\"}"));
        assertThrows(IllegalArgumentException.class, () -> ChangeNotice.parse("{\"origin\":\"x\",\"action\":\"NOPE\","
                + "\"version\":1,\"staff\":\"a\",\"at\":\"2026-12-06T10:42:00Z\"}"));
    }
}
