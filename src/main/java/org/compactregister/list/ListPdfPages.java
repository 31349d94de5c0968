package org.compactregister.list;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.compactregister.pdf.PdfFonts;
import org.compactregister.pdf.Typeface;

/**
 * Lays a table out over as many pages as it needs: the title, what the list holds and the date
 * printed at the top of every page, the column headings repeated on every page, group headings
 * (repeated with "continued" on a new page), cells wrapped within their column, and "Page N of M"
 * at the foot of every page once the number of pages is known. Text is never cut off: a row that
 * does not fit goes to the next page, and a row taller than a page goes on over the page break.
 */
final class ListPdfPages {

    static final float MARGIN = 36;
    private static final float TITLE_SIZE = 14;
    private static final float SMALL_SIZE = 8.5f;
    private static final float HEADING_SIZE = 8.5f;
    private static final float BODY_SIZE = 9;
    private static final float GROUP_SIZE = 11;
    private static final float LINE = 11.2f;
    private static final float PAD = 3.2f;
    private static final Color RULE = new Color(0xC8, 0xCC, 0xD2);
    private static final Color HEADING_BACKGROUND = new Color(0xE9, 0xEC, 0xF0);
    private static final Color MUTED = new Color(0x55, 0x5B, 0x63);

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PDRectangle size;
    private final String title;
    private final List<String> subtitleLines;
    private final String printed;
    private final String footer;
    private final List<String> headings;
    private final float[] widths;
    private final float[] lefts;

    private PDPageContentStream content;
    private float y;
    private String group;
    private String pendingGroupHeading;
    private float tableTop;

    ListPdfPages(PDDocument document, PDRectangle size, String title, String subtitle, String printed, String footer,
                 List<ListColumn> columns) throws IOException {
        this.document = document;
        this.fonts = new PdfFonts(document);
        this.size = size;
        this.title = title;
        this.printed = printed;
        this.footer = footer;
        this.headings = columns.stream().map(ListColumn::heading).toList();
        float usable = size.getWidth() - 2 * MARGIN;
        float total = 0;
        for (ListColumn column : columns) {
            total += column.weight();
        }
        widths = new float[columns.size()];
        lefts = new float[columns.size()];
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = usable * columns.get(i).weight() / total;
            lefts[i] = x;
            x += widths[i];
        }
        this.subtitleLines = subtitle.isEmpty() ? List.of()
                : fonts.regular().wrap(subtitle, SMALL_SIZE, usable);
    }

    /** Starts a group: its heading is drawn above its first row, on the same page as that row. */
    void startGroup(String heading, String name) {
        pendingGroupHeading = heading;
        group = name;
    }

    /** Adds one row; each cell may hold several lines (\n) and is wrapped to its column. */
    void row(List<String> cells) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int tallest = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cell = wrap(cells.get(i), widths[i] - 2 * PAD);
            lines.add(cell);
            tallest = Math.max(tallest, cell.size());
        }
        float groupSpace = pendingGroupHeading == null ? 0 : groupHeadingHeight();
        if (content == null || y - groupSpace - rowHeight(tallest) < bottom()) {
            // A row taller than a whole page starts where it is when a few lines fit, and goes on over the break.
            boolean tallerThanAPage = !fitsOnAFreshPage(tallest);
            if (content == null || !tallerThanAPage || y - groupSpace - rowHeight(3) < bottom()) {
                newPage();
            }
        }
        if (pendingGroupHeading != null) {
            drawGroupHeading(pendingGroupHeading);
            pendingGroupHeading = null;
        }
        int from = 0;
        while (from < tallest) {
            int fit = Math.max(1, (int) ((y - bottom() - 2 * PAD - 1.3f * BODY_SIZE) / LINE) + 1);
            int to = Math.min(tallest, from + fit);
            drawRowLines(lines, from, to);
            from = to;
            if (from < tallest) {
                newPage();
            }
        }
    }

    /**
     * The cell's lines. An email address too long for its column breaks before the @ and after
     * a dot, as people write them, rather than at any letter.
     */
    private List<String> wrap(String text, float width) throws IOException {
        Typeface regular = fonts.regular();
        if (text.indexOf('@') <= 0 || text.indexOf(' ') >= 0 || regular.width(text, BODY_SIZE) <= width) {
            return regular.wrap(text, BODY_SIZE, width);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : text.split("(?=@)|(?<=\\.)")) {
            if (line.length() > 0 && regular.width(line + piece, BODY_SIZE) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(piece);
        }
        lines.addAll(regular.wrap(line.toString(), BODY_SIZE, width));
        List<String> fitted = new ArrayList<>();
        for (String each : lines) {
            fitted.addAll(regular.wrap(each, BODY_SIZE, width));
        }
        return fitted;
    }

    /** A line of text in place of the table, for a list with nobody in it. */
    void note(String text) throws IOException {
        if (content == null) {
            newPage();
        }
        for (String line : fonts.regular().wrap(text, BODY_SIZE + 1, size.getWidth() - 2 * MARGIN)) {
            if (y - LINE - 2 < bottom()) {
                newPage();
            }
            y -= LINE + 2;
            fonts.regular().draw(content, line, MARGIN, y, BODY_SIZE + 1);
        }
    }

    /** Ends the last page and writes "Page N of M" at the foot of every page. */
    void finish() throws IOException {
        if (content == null) {
            newPage();
        }
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float baseline = MARGIN - 16;
                foot.setStrokingColor(RULE);
                foot.setLineWidth(0.5f);
                foot.moveTo(MARGIN, baseline + 10);
                foot.lineTo(size.getWidth() - MARGIN, baseline + 10);
                foot.stroke();
                foot.setNonStrokingColor(MUTED);
                fonts.regular().draw(foot, footer, MARGIN, baseline, SMALL_SIZE);
                fonts.regular().drawRightAligned(foot, "Page " + (i + 1) + " of " + pages,
                        size.getWidth() - MARGIN, baseline, SMALL_SIZE);
            }
        }
    }

    private boolean fitsOnAFreshPage(int lines) {
        return tableTop - groupHeadingHeight() - rowHeight(lines) >= bottom();
    }

    private float rowHeight(int lines) {
        return 2 * PAD + BODY_SIZE + (lines - 1) * LINE + BODY_SIZE * 0.3f;
    }

    private float groupHeadingHeight() {
        return GROUP_SIZE + 14;
    }

    private float bottom() {
        return MARGIN + 4;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        float top = size.getHeight() - MARGIN;
        Typeface bold = fonts.bold();
        Typeface regular = fonts.regular();
        float baseline = top - TITLE_SIZE;
        bold.draw(content, title, MARGIN, baseline, TITLE_SIZE);
        content.setNonStrokingColor(MUTED);
        regular.drawRightAligned(content, printed, size.getWidth() - MARGIN, baseline, SMALL_SIZE);
        for (String line : subtitleLines) {
            baseline -= SMALL_SIZE + 4;
            regular.draw(content, line, MARGIN, baseline, SMALL_SIZE);
        }
        content.setNonStrokingColor(Color.BLACK);
        y = baseline - 12;
        drawColumnHeadings();
        tableTop = y;
        if (group != null && pendingGroupHeading == null) {
            drawGroupHeading(group + " (continued)");
        }
    }

    private void drawColumnHeadings() throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int tallest = 1;
        for (int i = 0; i < headings.size(); i++) {
            List<String> cell = fonts.bold().wrap(headings.get(i), HEADING_SIZE, widths[i] - 2 * PAD);
            lines.add(cell);
            tallest = Math.max(tallest, cell.size());
        }
        float height = rowHeight(tallest);
        content.setNonStrokingColor(HEADING_BACKGROUND);
        content.addRect(MARGIN, y - height, size.getWidth() - 2 * MARGIN, height);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
        for (int i = 0; i < lines.size(); i++) {
            float baseline = y - PAD - HEADING_SIZE;
            for (String line : lines.get(i)) {
                fonts.bold().draw(content, line, lefts[i] + PAD, baseline, HEADING_SIZE);
                baseline -= LINE;
            }
        }
        y -= height;
        rule(y, 0.8f);
    }

    private void drawGroupHeading(String heading) throws IOException {
        y -= 6;
        float baseline = y - GROUP_SIZE - 2;
        fonts.bold().draw(content, heading, MARGIN, baseline, GROUP_SIZE);
        y -= groupHeadingHeight() - 6;
        rule(y, 0.8f);
    }

    private void drawRowLines(List<List<String>> lines, int from, int to) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            float baseline = y - PAD - BODY_SIZE;
            List<String> cell = lines.get(i);
            for (int line = from; line < Math.min(to, cell.size()); line++) {
                fonts.regular().draw(content, cell.get(line), lefts[i] + PAD, baseline, BODY_SIZE);
                baseline -= LINE;
            }
        }
        y -= rowHeight(to - from);
        rule(y, 0.4f);
    }

    private void rule(float at, float width) throws IOException {
        content.setStrokingColor(RULE);
        content.setLineWidth(width);
        content.moveTo(MARGIN, at);
        content.lineTo(size.getWidth() - MARGIN, at);
        content.stroke();
    }
}
