package org.workbench.importers;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One non-empty cell as a reader found it, before any interpretation.
 *
 * @param column zero-based column index
 * @param text the text (TEXT, DATE, ERROR, BOOLEAN), the raw text of a NUMBER cell whose text is not a number
 *     (empty for a finite number: it is shown from its value, so no text is kept per cell), or the first
 *     characters of an over-long text (TOO_LONG)
 * @param number the value of a NUMBER cell (NaN when its raw text is not a number), or the length of a TOO_LONG
 *     text
 */
record CellValue(int column, Kind kind, String text, double number, Format format) {

    enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN,
        ERROR,
        /** An ISO date in a cell of date type, as some writers store them. */
        DATE,
        TOO_LONG,
        /**
         * A formula stored without its result, as a program writes one that no spreadsheet has opened: its value is
         * unknown, and reading it as empty would silently take the column's default. {@code text} holds the start of
         * the formula.
         */
        FORMULA
    }

    enum Format {
        GENERAL,
        PERCENT,
        DATE
    }

    static final int SHOWN_CHARS = 100;

    static CellValue text(int column, String text) {
        if (text.length() > Rule.MAX_CELL_TEXT) {
            return tooLong(column, text, text.length());
        }
        return new CellValue(column, Kind.TEXT, text, Double.NaN, Format.GENERAL);
    }

    static CellValue tooLong(int column, CharSequence start, long length) {
        String shown =
                start.subSequence(0, Math.min(SHOWN_CHARS, start.length())).toString();
        return new CellValue(column, Kind.TOO_LONG, shown, length, Format.GENERAL);
    }

    static CellValue number(int column, double value, Format format) {
        return new CellValue(column, Kind.NUMBER, Double.isFinite(value) ? "" : Double.toString(value), value, format);
    }

    /** A number with the text it was stored as (an .xlsx {@code <v>} that is not a number). */
    static CellValue number(int column, double value, String raw, Format format) {
        return new CellValue(column, Kind.NUMBER, raw, value, format);
    }

    boolean blank() {
        return kind == Kind.TEXT && text.isBlank();
    }

    static boolean allBlank(List<CellValue> cells) {
        for (int i = 0, n = cells.size(); i < n; i++) {
            if (!cells.get(i).blank()) {
                return false;
            }
        }
        return true;
    }

    static boolean allBlank(@Nullable CellValue[] cells) {
        for (CellValue cell : cells) {
            if (cell != null && !cell.blank()) {
                return false;
            }
        }
        return true;
    }

    /** The value as shown in a problem: short, and as the user would recognise it. */
    String display() {
        return switch (kind) {
            case NUMBER ->
                format == Format.PERCENT && Double.isFinite(number)
                        ? Numbers.percent(number)
                        : Double.isFinite(number) ? Numbers.plain(number) : text;
            case TOO_LONG -> text + "…";
            case FORMULA -> "=" + text;
            default -> text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "…" : text;
        };
    }
}
