package org.compactregister.scan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Phone photo formats that no well-kept Java decoder reads (their pictures are HEVC or AV1 video
 * frames), recognised by their ISO file-type box so the refusal can name the format and say how to
 * get a JPEG instead, rather than suggest the file is misnamed.
 */
public enum UnreadablePhoto {
    HEIC("HEIC", "a HEIC photo (the format iPhones and some Android phones save)", Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "mif2", "msf1")),
    AVIF("AVIF", "an AVIF photo (the format some Android phones and web browsers save)", Set.of("avif", "avis"));

    private static final byte[] FILE_TYPE_BOX = "ftyp".getBytes(StandardCharsets.US_ASCII);

    private final String label;
    private final String described;
    private final Set<String> brands;

    UnreadablePhoto(String label, String described, Set<String> brands) {
        this.label = label;
        this.described = described;
        this.brands = brands;
    }

    /** The format's usual name ("HEIC"). */
    public String label() {
        return label;
    }

    /**
     * Why it is refused and what to do, in office staff's words, for a refusal that names the file.
     */
    public String reason() {
        return "it is " + described + ", which the register cannot read. "
                + "Ask for the photo as a JPEG: on an iPhone, Settings > Camera > Formats > Most Compatible makes "
                + "the camera save JPEGs from then on, and a photo already taken comes as a JPEG when it is sent "
                + "by e-mail, or copied to a computer with Settings > Photos > Transfer to Mac or PC > Automatic. "
                + "On an Android phone, turn off \"High efficiency pictures\" in the camera's settings. "
                + "Or scan the paper form instead.";
    }

    /**
     * The format whose file-type box begins {@code head} (major brand, or a compatible brand when
     * the major one is a generic HEIF brand); empty when it is neither.
     */
    static Optional<UnreadablePhoto> recognise(byte[] head) {
        if (head.length < 16 || !Arrays.equals(head, 4, 8, FILE_TYPE_BOX, 0, 4)) {
            return Optional.empty();
        }
        long boxSize = ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
        int end = (int) Math.min(Math.max(boxSize, 16), head.length);
        Optional<UnreadablePhoto> generic = Optional.empty();
        for (int at = 8; at + 4 <= end; at += at == 8 ? 8 : 4) {
            String brand = new String(head, at, 4, StandardCharsets.US_ASCII);
            for (UnreadablePhoto format : values()) {
                if (format.brands.contains(brand)) {
                    if (!brand.startsWith("mif") && !brand.equals("msf1")) {
                        return Optional.of(format);
                    }
                    generic = Optional.of(format);
                }
            }
        }
        return generic;
    }
}
