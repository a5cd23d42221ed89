package org.workbench.web.scenario;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Free text of notes and comments as stored: composed to NFC (so that look-alike spellings of one text compare equal,
 * without folding full-width Chinese punctuation as NFKC would), stripped, without control characters other than
 * line breaks and tabs, and without the bidirectional overrides that can make a text read other than it is.
 */
final class ReviewText {
    private ReviewText() {}

    /** The cleaned text, or null when nothing but blanks remains. */
    static @Nullable String clean(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String composed = Normalizer.normalize(typed, Normalizer.Form.NFC);
        var kept = new StringBuilder(composed.length());
        composed.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .filter(c -> !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069))
                .map(c -> c == '\t' ? ' ' : c)
                .forEach(kept::appendCodePoint);
        String stripped = kept.toString().strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Refuses a text longer than {@code max} UTF-16 units: what the narrower of the databases counts. */
    static @Nullable String bounded(@Nullable String typed, int max, String tooLongKey) {
        String cleaned = clean(typed);
        if (cleaned != null && cleaned.length() > max) {
            throw new ReviewRuleException(tooLongKey, max);
        }
        return cleaned;
    }
}
