package org.compactregister.letter;

import static org.compactregister.letter.LetterPage.MM;
import static org.compactregister.letter.LetterPage.fromTop;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.compactregister.model.AcknowledgementLetter;
import org.compactregister.model.LetterRecipient;
import org.compactregister.model.LetterTemplate;
import org.compactregister.model.LetterWording;
import org.compactregister.model.UkDate;
import org.compactregister.pdf.PdfFonts;
import org.compactregister.pdf.Typeface;
import org.compactregister.pdf.UnprintableTextException;

/**
 * Lays out one acknowledgement letter on A4 pages: letterhead, the address in the envelope window
 * (wrapped, and made smaller when it must be, never outside the window), reference and date,
 * greeting, subject, body and signature; page numbers only when the letter runs over one page.
 * Nothing is drawn here, so a letter that cannot be printed is refused before any of it is.
 */
final class LetterLayout {

    private static final float BODY_SIZE = 11f;
    private static final float BODY_LEADING = 15f;
    private static final float PARAGRAPH_GAP = 6f;
    private static final float ADDRESS_LARGEST = 11f;
    private static final float ADDRESS_SMALLEST = 7f;
    private static final float SENDER_LARGEST = 9f;
    private static final float SENDER_SMALLEST = 6.5f;
    private static final float SIGNATURE_SPACE = 16 * MM;
    private static final float LOGO_MAX_WIDTH = 50 * MM;
    private static final float LOGO_MAX_HEIGHT = 24 * MM;
    private static final float GREY_TEXT = 0.35f;

    private final PdfFonts fonts;
    private LetterTemplate headTemplate;
    private LogoSize headLogoSize;
    private List<Ink> head;

    LetterLayout(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** The pages of the letter, each a list of what to draw. */
    List<List<Ink>> layOut(AcknowledgementLetter letter, LogoSize logoSize) throws IOException {
        LetterTemplate template = letter.template();
        LetterRecipient recipient = letter.recipient();
        List<Ink> first = new ArrayList<>(letterhead(template, logoSize));
        addressInWindow(recipient, first);
        first.add(new Ink.Words(fonts.regular(), "Our reference: " + recipient.reference(), LetterPage.RIGHT,
                fromTop(WINDOW_TEXT_TOP + 2 * MM), 9.5f, true, GREY_TEXT));
        first.add(new Ink.Words(fonts.regular(), UkDate.formatLong(letter.date()), LetterPage.RIGHT,
                fromTop(WINDOW_TEXT_TOP + 9 * MM), BODY_SIZE, true, 0));

        Flow flow = new Flow(first);
        flow.paragraph(fonts.regular(), LetterWording.greeting(template, recipient));
        String subject = LetterWording.fill(template.subject(), recipient, letter.date());
        if (!subject.isEmpty()) {
            flow.paragraph(fonts.bold(), subject);
        }
        for (String paragraph : LetterWording.fill(template.body(), recipient, letter.date()).split("\n\\s*\n")) {
            flow.paragraph(fonts.regular(), paragraph.replace('\n', ' '));
        }
        flow.signature(template, recipient.name().isEmpty() ? "Yours faithfully," : "Yours sincerely,");

        List<List<Ink>> pages = flow.pages;
        if (pages.size() > 1) {
            for (int i = 0; i < pages.size(); i++) {
                String number = "Page " + (i + 1) + " of " + pages.size();
                float x = (LetterPage.WIDTH - fonts.regular().width(number, 8.5f)) / 2;
                pages.get(i).add(new Ink.Words(fonts.regular(), number, x, LetterPage.PAGE_NUMBER_Y, 8.5f, false,
                        GREY_TEXT));
                if (i > 0) {
                    pages.get(i).add(new Ink.Words(fonts.regular(), recipient.reference() + " — "
                                    + UkDate.formatLong(letter.date()) + " (continued)", LetterPage.LEFT,
                            fromTop(15 * MM), 8.5f, false, GREY_TEXT));
                }
            }
        }
        return pages;
    }

    private static final float WINDOW_TEXT_TOP = LetterPage.WINDOW_TOP_FROM_TOP + LetterPage.WINDOW_MARGIN;

    /**
     * The letterhead of {@code template}: laid out for its first letter and kept while the letters
     * that follow have the same template and logo size (as a run of letters does).
     */
    private List<Ink> letterhead(LetterTemplate template, LogoSize logoSize) throws IOException {
        if (template != headTemplate || !Objects.equals(logoSize, headLogoSize)) {
            List<Ink> page = new ArrayList<>();
            letterhead(template, logoSize, page);
            head = List.copyOf(page);
            headTemplate = template;
            headLogoSize = logoSize;
        }
        return head;
    }

    /** The logo at the top left; the sender's name, address and contact details at the top right. */
    private void letterhead(LetterTemplate template, LogoSize logoSize, List<Ink> page) throws IOException {
        float logoRight = LetterPage.LEFT;
        if (template.hasLogo() && logoSize != null) {
            float scale = Math.min(LOGO_MAX_WIDTH / logoSize.width(), LOGO_MAX_HEIGHT / logoSize.height());
            float w = logoSize.width() * scale;
            float h = logoSize.height() * scale;
            page.add(new Ink.Logo(template.logo(), LetterPage.LEFT, fromTop(12 * MM) - h, w, h));
            logoRight = LetterPage.LEFT + w;
        }
        float width = LetterPage.RIGHT - logoRight - 8 * MM;
        float top = 12 * MM;
        float bottom = LetterPage.WINDOW_TOP_FROM_TOP - 5 * MM;
        List<String> details = new ArrayList<>(List.of(template.senderAddress().split("\n")));
        if (!template.senderPhone().isEmpty()) {
            details.add("Telephone " + template.senderPhone());
        }
        if (!template.senderEmail().isEmpty()) {
            details.add(template.senderEmail());
        }
        details.removeIf(String::isBlank);
        for (float size = SENDER_LARGEST; ; size -= 0.5f) {
            float nameSize = size + 3;
            List<String> name = fonts.bold().wrap(template.senderName(), nameSize, width);
            List<String> lines = wrapAll(fonts.regular(), details, size, width);
            float height = name.size() * nameSize * 1.2f + 2 + lines.size() * size * 1.25f;
            if (height <= bottom - top || size <= SENDER_SMALLEST) {
                float y = fromTop(top) - nameSize;
                for (String line : name) {
                    page.add(new Ink.Words(fonts.bold(), line, LetterPage.RIGHT, y, nameSize, true, 0));
                    y -= nameSize * 1.2f;
                }
                y -= 2;
                for (String line : lines) {
                    page.add(new Ink.Words(fonts.regular(), line, LetterPage.RIGHT, y, size, true, GREY_TEXT));
                    y -= size * 1.25f;
                }
                float ruleY = Math.min(fromTop(bottom - 1 * MM), y + size * 1.25f - 3 * MM);
                page.add(new Ink.Rule(LetterPage.LEFT, LetterPage.RIGHT, Math.max(ruleY, fromTop(bottom + 2 * MM)), 0.6f));
                return;
            }
        }
    }

    /**
     * The recipient's name, organisation and address inside the envelope window: wrapped to its
     * width, and smaller when the lines would not otherwise fit its height.
     */
    private void addressInWindow(LetterRecipient recipient, List<Ink> page) throws IOException {
        float width = LetterPage.WINDOW_WIDTH - 2 * LetterPage.WINDOW_MARGIN;
        float height = LetterPage.WINDOW_HEIGHT - 2 * LetterPage.WINDOW_MARGIN;
        for (float size = ADDRESS_LARGEST; size >= ADDRESS_SMALLEST; size -= 0.5f) {
            float leading = size * 1.2f;
            List<String> lines = wrapAll(fonts.regular(), recipient.addressBlock(), size, width);
            // the first baseline sits one size below the top; descenders of the last line stay inside
            if ((lines.size() - 1) * leading + size * 1.25f <= height) {
                float y = fromTop(WINDOW_TEXT_TOP) - size;
                for (String line : lines) {
                    page.add(new Ink.Words(fonts.regular(), line, LetterPage.WINDOW_LEFT + LetterPage.WINDOW_MARGIN,
                            y, size, false, 0));
                    y -= leading;
                }
                return;
            }
        }
        throw new UnprintableTextException("The acknowledgement letter to " + recipient.describe()
                + " cannot be printed: its name and address are too long to fit in the envelope window, even in "
                + "small print. Shorten the organisation's name or address in the register and try again.");
    }

    private static List<String> wrapAll(Typeface face, List<String> lines, float size, float width) throws IOException {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            wrapped.addAll(face.wrap(line, size, width));
        }
        return wrapped;
    }

    /** Body text poured down the pages, starting below the address window. */
    private final class Flow {
        private final List<List<Ink>> pages = new ArrayList<>();
        private List<Ink> page;
        private float y;

        Flow(List<Ink> first) {
            page = first;
            pages.add(first);
            y = fromTop(LetterPage.BODY_TOP_FIRST_PAGE);
        }

        void paragraph(Typeface face, String text) throws IOException {
            for (String line : face.wrap(text.strip(), BODY_SIZE, LetterPage.RIGHT - LetterPage.LEFT)) {
                room(BODY_LEADING);
                page.add(new Ink.Words(face, line, LetterPage.LEFT, y - BODY_SIZE, BODY_SIZE, false, 0));
                y -= BODY_LEADING;
            }
            y -= PARAGRAPH_GAP;
        }

        /** The close, the space to sign in and the signatory's name and role, kept together on one page. */
        void signature(LetterTemplate template, String close) throws IOException {
            List<String> below = new ArrayList<>();
            for (String part : List.of(template.signatureName(), template.signatureRole(), template.senderName())) {
                below.addAll(fonts.regular().wrap(part, BODY_SIZE, LetterPage.RIGHT - LetterPage.LEFT));
            }
            below.removeIf(String::isBlank);
            room(BODY_LEADING + SIGNATURE_SPACE + below.size() * BODY_LEADING);
            page.add(new Ink.Words(fonts.regular(), close, LetterPage.LEFT, y - BODY_SIZE, BODY_SIZE, false, 0));
            y -= BODY_LEADING + SIGNATURE_SPACE;
            boolean first = true;
            for (String line : below) {
                Typeface face = first && !template.signatureName().isEmpty() ? fonts.bold() : fonts.regular();
                page.add(new Ink.Words(face, line, LetterPage.LEFT, y - BODY_SIZE, BODY_SIZE, false, 0));
                y -= BODY_LEADING;
                first = false;
            }
        }

        private void room(float needed) {
            if (y - needed < LetterPage.BODY_BOTTOM) {
                page = new ArrayList<>();
                pages.add(page);
                y = fromTop(LetterPage.BODY_TOP_LATER_PAGES);
            }
        }
    }

    /** The logo image's size in pixels, read once per document. */
    record LogoSize(float width, float height) {
    }
}
