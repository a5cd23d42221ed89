package org.workbench.web.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jspecify.annotations.Nullable;
import org.workbench.web.base.Formats;
import org.workbench.web.compare.ChartData;

/**
 * Lays a {@link Report} out on A4 pages: the same blocks in the same order as the page, charts drawn as vector
 * graphics, a footer with the page number on every page. One instance per document.
 */
final class ReportPdf {
    private static final float MARGIN = 40;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = MARGIN + 24;
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    private static final Color RULE = new Color(0xd1, 0xd5, 0xdb);
    private static final Color SHADE = new Color(0xf3, 0xf4, 0xf6);
    private static final Color[] PALETTE = {
        new Color(0x54, 0x70, 0xc6), new Color(0x91, 0xcc, 0x75), new Color(0xfa, 0xc8, 0x58),
        new Color(0xee, 0x66, 0x66), new Color(0x73, 0xc0, 0xde), new Color(0x3b, 0xa2, 0x72)
    };

    private final ReportFonts fonts;
    private final Locale locale;
    private final PDDocument doc = new PDDocument();
    private @Nullable PdfText text;
    private boolean hasCjkFont;
    private @Nullable PDPageContentStream out;
    private float y;

    ReportPdf(ReportFonts fonts, Locale locale) {
        this.fonts = fonts;
        this.locale = locale;
    }

    byte[] write(Report report) throws IOException {
        try (doc) {
            var cjkFont = fonts.cjk();
            hasCjkFont = cjkFont.isPresent();
            text = new PdfText(doc, cjkFont.orElse(null));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(report.title());
            info.setCreator("Scenario Workbench");
            newPage();
            text(MARGIN, y - 16, report.title(), 16, true, INK);
            y -= 24;
            for (String line : wrap(report.subtitle(), 9, WIDTH)) {
                text(MARGIN, y - 9, line, 9, false, MUTED);
                y -= 12;
            }
            if (!hasCjkFont && needsCjk(report)) {
                note("No font for Chinese characters was found on the server: they are shown as '?'. Install"
                        + " fonts-droid-fallback or set workbench.report.cjk-font.");
            }
            y -= 6;
            for (Report.Block block : report.blocks()) {
                block(block);
            }
            closePage();
            footers(report.footer().text());
            var bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void block(Report.Block block) throws IOException {
        // Never a heading alone at the foot of a page.
        ensure(
                switch (block) {
                    case Report.Chart c -> 220;
                    case Report.Figures f -> 70;
                    case Report.Chain c -> 70;
                    case Report.Table t -> 50;
                    case Report.Note n -> 40;
                });
        text(MARGIN, y - 12, block.heading(), 11.5f, true, INK);
        y -= 20;
        switch (block) {
            case Report.Figures f -> figures(f);
            case Report.Chain c -> chain(c);
            case Report.Table t -> table(t);
            case Report.Chart c -> chart(c);
            case Report.Note n -> note(n.text());
        }
        y -= 12;
    }

    private void figures(Report.Figures block) throws IOException {
        int perRow = 4;
        float gap = 6;
        float cardWidth = (WIDTH - gap * (perRow - 1)) / perRow;
        float cardHeight = 38;
        List<Report.Figure> figures = block.figures();
        for (int i = 0; i < figures.size(); i += perRow) {
            ensure(cardHeight + gap);
            for (int j = 0; j < perRow && i + j < figures.size(); j++) {
                Report.Figure figure = figures.get(i + j);
                float x = MARGIN + j * (cardWidth + gap);
                box(x, y - cardHeight, cardWidth, cardHeight, SHADE);
                text(x + 5, y - 10, fit(figure.label(), 7, cardWidth - 10), 7, false, MUTED);
                text(x + 5, y - 28, fit(figure.value(), 12, cardWidth - 10), 12, true, INK);
            }
            y -= cardHeight + gap;
        }
    }

    private void chain(Report.Chain block) throws IOException {
        int n = block.steps().size();
        float arrow = 16;
        float stepWidth = (WIDTH - arrow * (n - 1)) / n;
        ensure(42);
        for (int i = 0; i < n; i++) {
            Report.Figure step = block.steps().get(i);
            float x = MARGIN + i * (stepWidth + arrow);
            box(x, y - 36, stepWidth, 36, SHADE);
            text(x + 5, y - 11, fit(step.label(), 7, stepWidth - 10), 7, false, MUTED);
            text(x + 5, y - 28, fit(step.value(), 12, stepWidth - 10), 12, true, INK);
            if (i < n - 1) {
                float ax = x + stepWidth + 3;
                line(ax, y - 18, ax + arrow - 6, y - 18, MUTED, 1);
                line(ax + arrow - 9, y - 15, ax + arrow - 6, y - 18, MUTED, 1);
                line(ax + arrow - 9, y - 21, ax + arrow - 6, y - 18, MUTED, 1);
            }
        }
        y -= 42;
    }

    private void table(Report.Table table) throws IOException {
        float size = 7;
        int columns = table.header().size();
        float[] natural = new float[columns];
        // Long texts are cut rather than given the page: a column gets at most its share, or 80 pt.
        float cap = Math.max(80, WIDTH / columns);
        for (int c = 0; c < columns; c++) {
            float columnCap = c == 0 ? Math.min(170, Math.max(110, cap)) : cap;
            natural[c] = Math.min(columnCap, width(table.header().get(c), size, true) + 8);
            for (List<String> row : table.rows()) {
                natural[c] = Math.max(natural[c], Math.min(columnCap, width(row.get(c), size, false) + 8));
            }
        }
        // Too wide for the page: print the columns in groups, each with the first column again.
        for (int from = 1; from < Math.max(columns, 2); ) {
            var group = new ArrayList<Integer>(List.of(0));
            float used = natural[0];
            int c = from;
            while (c < columns && (group.size() == 1 || used + natural[c] <= WIDTH)) {
                group.add(c);
                used += natural[c];
                c++;
            }
            float stretch = Math.max(1, WIDTH / used);
            tableRows(table, group, natural, stretch, size);
            from = c;
            if (c < columns) {
                y -= 8;
            }
        }
    }

    private void tableRows(Report.Table table, List<Integer> group, float[] natural, float stretch, float size)
            throws IOException {
        float rowHeight = size + 5;
        ensure(rowHeight * 2);
        row(table.header(), group, natural, stretch, size, true, table.numeric());
        for (List<String> cells : table.rows()) {
            if (y - rowHeight < BOTTOM) {
                newPageKeepingFooter();
                row(table.header(), group, natural, stretch, size, true, table.numeric());
            }
            row(cells, group, natural, stretch, size, false, table.numeric());
        }
    }

    private void row(
            List<String> cells,
            List<Integer> group,
            float[] natural,
            float stretch,
            float size,
            boolean header,
            List<Boolean> numeric)
            throws IOException {
        float rowHeight = size + 5;
        if (header) {
            box(MARGIN, y - rowHeight, WIDTH, rowHeight, SHADE);
        }
        float x = MARGIN;
        for (int c : group) {
            float w = natural[c] * stretch;
            String cell = fit(cells.get(c), size, w - 6);
            boolean right = !header && c < numeric.size() && numeric.get(c);
            float tx = right ? x + w - 3 - width(cell, size, header) : x + 3;
            text(tx, y - size - 1, cell, size, header, INK);
            x += w;
        }
        line(MARGIN, y - rowHeight, MARGIN + WIDTH, y - rowHeight, RULE, 0.4f);
        y -= rowHeight;
    }

    private void chart(Report.Chart chart) throws IOException {
        float height = 170;
        float legend = 12 * ((chart.series().size() + 2) / 3);
        ensure(height + legend + 10);
        double min = 0;
        double max = 0;
        for (ChartData.Series s : chart.series()) {
            for (double v : s.values()) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (max == min) {
            max = min + 1;
        }
        float left = MARGIN + 52;
        float plotWidth = WIDTH - 56;
        float top = y - 6;
        float bottom = y - height + 14;
        for (int t = 0; t <= 4; t++) {
            double value = min + (max - min) * t / 4;
            float ty = (float) (bottom + (top - bottom) * t / 4);
            line(left, ty, left + plotWidth, ty, RULE, 0.4f);
            // Money is already in the unit the heading names: ticks read 1.5, 3, 4.5, not raw money.
            String label = Formats.decimals(value, chart.scale() == Report.Scale.MONEY ? 2 : 0, locale);
            text(left - 4 - width(label, 6.5f, false), ty - 2, label, 6.5f, false, MUTED);
        }
        int n = chart.categories().size();
        float step = n <= 1 ? plotWidth : plotWidth / (chart.type() == Report.ChartType.BARS ? n : n - 1);
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += every) {
            String label = chart.categories().get(i);
            float cx = chart.type() == Report.ChartType.BARS ? left + step * (i + 0.5f) : left + step * i;
            text(cx - width(label, 6.5f, false) / 2, bottom - 9, label, 6.5f, false, MUTED);
        }
        double range = max - min;
        for (int s = 0; s < chart.series().size(); s++) {
            Color color = PALETTE[s % PALETTE.length];
            double[] values = chart.series().get(s).values();
            PDPageContentStream o = stream();
            if (chart.type() == Report.ChartType.BARS) {
                float barWidth = step * 0.8f / chart.series().size();
                for (int i = 0; i < Math.min(n, values.length); i++) {
                    if (!Double.isFinite(values[i])) {
                        continue;
                    }
                    float zero = (float) (bottom + (top - bottom) * (0 - min) / range);
                    float vy = (float) (bottom + (top - bottom) * (values[i] - min) / range);
                    float bx = left + step * i + step * 0.1f + barWidth * s;
                    box(bx, Math.min(zero, vy), barWidth, Math.abs(vy - zero), color);
                }
                continue;
            }
            o.setStrokingColor(color);
            o.setLineWidth(1.3f);
            boolean drawing = false;
            for (int i = 0; i < Math.min(n, values.length); i++) {
                if (!Double.isFinite(values[i])) {
                    drawing = false;
                    continue;
                }
                float px = left + step * i;
                float py = (float) (bottom + (top - bottom) * (values[i] - min) / range);
                if (drawing) {
                    o.lineTo(px, py);
                } else {
                    o.moveTo(px, py);
                    drawing = true;
                }
            }
            o.stroke();
        }
        y -= height;
        for (int s = 0; s < chart.series().size(); s++) {
            float lx = MARGIN + (s % 3) * (WIDTH / 3);
            float ly = y - 12 * (s / 3) - 8;
            box(lx, ly, 10, 5, PALETTE[s % PALETTE.length]);
            text(lx + 14, ly, fit(chart.series().get(s).name(), 7, WIDTH / 3 - 20), 7, false, INK);
        }
        y -= legend + 4;
    }

    private void note(String note) throws IOException {
        for (String line : wrap(note, 8.5f, WIDTH)) {
            ensure(12);
            text(MARGIN, y - 9, line, 8.5f, false, INK);
            y -= 12;
        }
    }

    private void footers(String footer) throws IOException {
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (var o = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                out = o;
                line(MARGIN, MARGIN + 14, MARGIN + WIDTH, MARGIN + 14, RULE, 0.5f);
                String page = (i + 1) + " / " + pages;
                text(MARGIN, MARGIN + 4, fit(footer, 6.5f, WIDTH - 40), 6.5f, false, MUTED);
                text(MARGIN + WIDTH - width(page, 6.5f, false), MARGIN + 4, page, 6.5f, false, MUTED);
            }
        }
        out = null;
    }

    // --- pages and drawing

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPageKeepingFooter();
        }
    }

    private void newPageKeepingFooter() throws IOException {
        closePage();
        newPage();
    }

    private void newPage() throws IOException {
        var page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void closePage() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    private PDPageContentStream stream() {
        if (out == null) {
            throw new IllegalStateException("no open page");
        }
        return out;
    }

    private void box(float x, float by, float w, float h, Color color) throws IOException {
        PDPageContentStream o = stream();
        o.setNonStrokingColor(color);
        o.addRect(x, by, w, h);
        o.fill();
    }

    private void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
        PDPageContentStream o = stream();
        o.setStrokingColor(color);
        o.setLineWidth(width);
        o.moveTo(x1, y1);
        o.lineTo(x2, y2);
        o.stroke();
    }

    private void text(float x, float ty, String text, float size, boolean bold, Color color) throws IOException {
        PDPageContentStream o = stream();
        o.setNonStrokingColor(color);
        fonts().show(o, x, ty, text, size, bold);
    }

    private float width(String text, float size, boolean bold) throws IOException {
        return fonts().width(text, size, bold);
    }

    private String fit(String text, float size, float maxWidth) throws IOException {
        return fonts().fit(text, size, maxWidth);
    }

    private List<String> wrap(String text, float size, float maxWidth) throws IOException {
        return fonts().wrap(text, size, maxWidth);
    }

    private PdfText fonts() {
        if (text == null) {
            throw new IllegalStateException("fonts not loaded");
        }
        return text;
    }

    private boolean needsCjk(Report report) {
        return (report.title() + report.subtitle() + report.footer().text())
                .codePoints()
                .anyMatch(cp -> cp >= 0x3000);
    }
}
