package org.compactregister.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.compactregister.model.LetterTemplate;

/** The letter that ships with the app ({@code assets/letter/}), used until the office saves its own. */
public final class DefaultLetterTemplate {

    private static final String FOLDER = "/assets/letter/";

    private DefaultLetterTemplate() {
    }

    /** The shipped template, as version 0 (not yet saved). */
    public static LetterTemplate load() {
        Properties p = new Properties();
        try (InputStream in = open("default-template.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            String logoName = p.getProperty("sender.logo", "");
            return new LetterTemplate(0, p.getProperty("sender.name"), p.getProperty("sender.address"),
                    p.getProperty("sender.phone"), p.getProperty("sender.email"),
                    logoName.isBlank() ? null : shippedImage(logoName),
                    p.getProperty("subject"), p.getProperty("body"), p.getProperty("greeting.no.name"),
                    p.getProperty("signature.name"), p.getProperty("signature.role"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image shipped in {@code assets/letter/}, such as {@code letterhead.png}. */
    public static byte[] shippedImage(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = DefaultLetterTemplate.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("The file " + FOLDER + name + " is missing from the application");
        }
        return in;
    }
}
