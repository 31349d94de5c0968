package org.compactregister.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The acknowledgement letter as the office writes it: the sender block at the top (with an
 * optional logo, a PNG or JPEG image), the subject and body with {@link LetterField fields}, the
 * greeting used when the signatory's name is missing, and the signature block. {@code version}
 * goes up with every save; version 0 is a template not yet saved.
 */
public record LetterTemplate(
        int version,
        String senderName,
        String senderAddress,
        String senderPhone,
        String senderEmail,
        byte[] logo,
        String subject,
        String body,
        String noNameGreeting,
        String signatureName,
        String signatureRole) {

    public LetterTemplate {
        senderName = Text.clean(senderName);
        senderAddress = Text.cleanMultiline(senderAddress);
        senderPhone = Text.clean(senderPhone);
        senderEmail = Text.clean(senderEmail);
        logo = logo == null || logo.length == 0 ? null : logo;
        subject = Text.clean(subject);
        body = Text.cleanMultiline(body);
        noNameGreeting = Text.clean(noNameGreeting);
        signatureName = Text.clean(signatureName);
        signatureRole = Text.clean(signatureRole);
    }

    public LetterTemplate withVersion(int newVersion) {
        return new LetterTemplate(newVersion, senderName, senderAddress, senderPhone, senderEmail, logo, subject,
                body, noNameGreeting, signatureName, signatureRole);
    }

    public boolean hasLogo() {
        return logo != null;
    }

    /** True when the two say the same, whatever their versions. */
    public boolean sameWording(LetterTemplate other) {
        return other != null && senderName.equals(other.senderName) && senderAddress.equals(other.senderAddress)
                && senderPhone.equals(other.senderPhone) && senderEmail.equals(other.senderEmail)
                && Arrays.equals(logo, other.logo) && subject.equals(other.subject) && body.equals(other.body)
                && noNameGreeting.equals(other.noNameGreeting) && signatureName.equals(other.signatureName)
                && signatureRole.equals(other.signatureRole);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LetterTemplate other && version == other.version && sameWording(other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, senderName, body);
    }

    @Override
    public String toString() {
        return "LetterTemplate[version=" + version + ", sender=" + senderName + "]";
    }
}
