package org.workbench.web.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/**
 * Text in a PDF in runs of one font: Latin in the built-in Helvetica, the rest in the embedded CJK font (subset to
 * the characters used), so that a mixed line such as "净现值 NPV" needs no font that has both. A character neither
 * has is written as '?'.
 */
final class PdfText {
    private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont latinBold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final @Nullable PDFont cjk;
    private final @Nullable CmapLookup cjkGlyphs;
    private final Map<Integer, Boolean> inLatin = new HashMap<>();

    PdfText(PDDocument doc, @Nullable TrueTypeFont cjkFont) throws IOException {
        this.cjk = cjkFont == null ? null : PDType0Font.load(doc, cjkFont, true);
        this.cjkGlyphs = cjkFont == null ? null : cjkFont.getUnicodeCmapLookup();
    }

    void show(PDPageContentStream o, float x, float ty, String text, float size, boolean bold) throws IOException {
        float cx = x;
        for (Run run : runs(text, bold)) {
            o.beginText();
            o.setFont(run.font(), size);
            o.newLineAtOffset(cx, ty);
            o.showText(run.text());
            o.endText();
            cx += run.font().getStringWidth(run.text()) / 1000 * size;
        }
    }

    float width(String text, float size, boolean bold) throws IOException {
        float w = 0;
        for (Run run : runs(text, bold)) {
            w += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return w;
    }

    private record Run(PDFont font, String text) {}

    private List<Run> runs(String text, boolean bold) {
        var runs = new ArrayList<Run>();
        var current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PDFont font;
            String glyph = new String(Character.toChars(cp));
            if (latin(cp)) {
                font = bold ? latinBold : latin;
            } else if (cjk != null && cjkGlyphs != null && cjkGlyphs.getGlyphId(cp) != 0) {
                font = cjk;
            } else {
                font = bold ? latinBold : latin;
                glyph = cp == '−' ? "-" : cp == '★' ? "*" : "?";
            }
            if (font != currentFont && !current.isEmpty()) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.append(glyph);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private boolean latin(int cp) {
        return inLatin.computeIfAbsent(cp, c -> {
            try {
                latin.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    /** The text, cut with an ellipsis to fit the width. */
    String fit(String text, float size, float maxWidth) throws IOException {
        if (width(text, size, false) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", size, false) > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "…";
    }

    /** Lines of at most the width, broken at spaces, or anywhere in Chinese text. */
    List<String> wrap(String text, float size, float maxWidth) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.split("(?<= )|(?=[\\u3000-\\u9fff])|(?<=[\\u3000-\\u9fff])")) {
            if (!line.isEmpty() && width(line + word, size, false) > maxWidth) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }
}
