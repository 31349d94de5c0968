package org.compactregister.persistence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.compactregister.model.AuditAction;

/**
 * A change as a shared register tells the other PCs of it ({@code pg_notify('register_changes', json)}
 * in the change's own transaction): the audit entry's action, the signatory it is about (null for
 * none), the version the transaction left it at, who made it, when, and which program ({@code origin},
 * a random id per open register) made it, so that a program can pass over its own.
 *
 * <p>The payload is one flat JSON object of strings and whole numbers, far under PostgreSQL's
 * 8,000-byte limit: {@code {"origin":"…","action":"EDITED","id":42,"version":7,"staff":"alice","at":"2026-12-06T10:42:00Z"}}.
 */
public record ChangeNotice(String origin, AuditAction action, Long signatoryId, int version, String staff, Instant at) {

    /** The channel every shared register's changes are told on. */
    public static final String CHANNEL = "register_changes";

    private static final Map<org.jdbi.v3.core.Jdbi, String> ORIGINS = new java.util.WeakHashMap<>();

    /** The origin of the changes made through {@code jdbi} (one open register): a random id, the same each time. */
    static synchronized String originOf(org.jdbi.v3.core.Jdbi jdbi) {
        return ORIGINS.computeIfAbsent(jdbi, j -> java.util.UUID.randomUUID().toString());
    }

    /** The notice as its JSON payload. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{");
        json.append("\"origin\":").append(quoted(origin));
        json.append(",\"action\":").append(quoted(action.name()));
        if (signatoryId != null) {
            json.append(",\"id\":").append(signatoryId);
        }
        json.append(",\"version\":").append(version);
        json.append(",\"staff\":").append(quoted(staff));
        json.append(",\"at\":").append(quoted(at.toString()));
        return json.append('}').toString();
    }

    /**
     * Reads a payload written by {@link #toJson}.
     *
     * @throws IllegalArgumentException when it is not one (a payload from something else on the channel)
     */
    public static ChangeNotice parse(String json) {
        Map<String, String> fields = FlatJson.read(json);
        try {
            String id = fields.get("id");
            return new ChangeNotice(required(fields, "origin"), AuditAction.valueOf(required(fields, "action")),
                    id == null ? null : Long.valueOf(id), Integer.parseInt(required(fields, "version")),
                    required(fields, "staff"), Instant.parse(required(fields, "at")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a register change: " + json, e);
        }
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return value;
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Reads one flat JSON object whose values are strings or numbers. */
    static final class FlatJson {

        private final String text;
        private int at;

        private FlatJson(String text) {
            this.text = text;
        }

        static Map<String, String> read(String text) {
            return new FlatJson(text).object();
        }

        private Map<String, String> object() {
            Map<String, String> fields = new LinkedHashMap<>();
            skipSpace();
            expect('{');
            skipSpace();
            if (peek() == '}') {
                at++;
                return fields;
            }
            while (true) {
                skipSpace();
                String name = string();
                skipSpace();
                expect(':');
                skipSpace();
                fields.put(name, peek() == '"' ? string() : number());
                skipSpace();
                if (peek() == ',') {
                    at++;
                } else {
                    expect('}');
                    return fields;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char escaped = next();
                    switch (escaped) {
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        default -> out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private String number() {
            int start = at;
            while (at < text.length() && "-+.0123456789eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("a value expected at " + at);
            }
            return text.substring(start, at);
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            if (at >= text.length()) {
                throw new IllegalArgumentException("the text ends early");
            }
            return text.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("'" + c + "' expected at " + (at - 1));
            }
        }
    }
}
