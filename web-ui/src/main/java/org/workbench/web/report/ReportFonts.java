package org.workbench.web.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The font for Chinese text in PDFs. Latin text uses the PDF's built-in Helvetica, which every viewer has; Chinese
 * needs a font embedded in the file, and PDFBox can only embed fonts with TrueType outlines (not the CFF outlines
 * of Noto CJK / Source Han). Found once: {@code workbench.report.cjk-font} if set, else the first of the usual
 * system fonts that exists. Without one, Chinese PDFs still come out, with the characters replaced and a note
 * saying which font to install (see docs/adr/0007-report-pdf.md).
 */
@Component
@Slf4j
class ReportFonts {
    static final List<String> SYSTEM_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", // Debian/Ubuntu: fonts-droid-fallback
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", // fonts-wqy-microhei
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", // fonts-wqy-zenhei
            "/usr/share/fonts/truetype/arphic/uming.ttc", // fonts-arphic-uming
            "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf", // Fedora
            "C:/Windows/Fonts/simhei.ttf",
            "/Library/Fonts/Arial Unicode.ttf");

    private final byte @Nullable [] cjkFont;
    private final String cjkFontName;

    ReportFonts(@Value("${workbench.report.cjk-font:}") String configured) {
        var candidates = new ArrayList<String>();
        if (!configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.addAll(SYSTEM_CANDIDATES);
        byte[] found = null;
        String name = "";
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isReadable(path) && usable(path)) {
                try {
                    found = Files.readAllBytes(path);
                    name = candidate;
                    break;
                } catch (IOException e) {
                    log.warn("Report font {} cannot be read: {}", candidate, e.getMessage());
                }
            }
        }
        this.cjkFont = found;
        this.cjkFontName = name;
        if (found == null) {
            log.warn("No CJK font with TrueType outlines found for PDF reports: Chinese PDFs show '?' for Chinese"
                    + " characters. Install fonts-droid-fallback (or fonts-wqy-microhei) or set"
                    + " workbench.report.cjk-font to a .ttf/.ttc file.");
        } else {
            log.info("PDF reports embed Chinese glyphs from {}", name);
        }
    }

    /** A fresh parse of the CJK font for one document (PDFBox subsets it per document), if there is one. */
    Optional<TrueTypeFont> cjk() throws IOException {
        if (cjkFont == null) {
            return Optional.empty();
        }
        return Optional.of(parse(cjkFont, cjkFontName));
    }

    String cjkFontName() {
        return cjkFontName;
    }

    private static boolean usable(Path path) {
        try {
            TrueTypeFont font = parse(Files.readAllBytes(path), path.toString());
            font.close();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static TrueTypeFont parse(byte[] bytes, String name) throws IOException {
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            var collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
            var fonts = new ArrayList<TrueTypeFont>();
            collection.processAllFonts(fonts::add);
            for (TrueTypeFont font : fonts) {
                if (!(font instanceof OpenTypeFont otf && otf.isPostScript())) {
                    return font;
                }
            }
            throw new IOException("no font with TrueType outlines in " + name);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            throw new IOException("CFF outlines cannot be embedded: " + name);
        }
        return font;
    }
}
