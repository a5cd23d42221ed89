package org.workbench.importers;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * Turns one cell into a value of a column's kind (format page, "Cell values"). Range checks are the caller's:
 * this class only answers "what number / text is this", or why there is none.
 */
final class CellParser {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");
    private static final Pattern COMMA_GROUPS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern SPACE_GROUPS = Pattern.compile("[+-]?\\d{1,3}( \\d{3})+(\\.\\d*)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F]+");
    private static final int LONGEST_NUMBER_TEXT = 64;

    private CellParser() {}

    /** A parsed number, or the reason there is none; {@code warning} notes a conversion the user should see. */
    record Reading(
            double value, @Nullable Message error, @Nullable Message warning) {
        static Reading ok(double value) {
            return new Reading(value, null, null);
        }

        static Reading fail(String key, Object... args) {
            return new Reading(Double.NaN, Message.of(key, args), null);
        }
    }

    static Reading number(CellValue cell, ValueKind kind) {
        return switch (cell.kind()) {
            case ERROR -> Reading.fail("problem.cell.errorValue", cell.text());
            case BOOLEAN -> Reading.fail("problem.cell.notNumber");
            case TOO_LONG -> Reading.fail("problem.cell.tooLong", Numbers.plain(cell.number()), Rule.MAX_CELL_TEXT);
            case FORMULA -> Reading.fail("problem.cell.formulaWithoutValue");
            case DATE -> dateCell(cell, kind);
            case NUMBER -> numericCell(cell, kind);
            case TEXT -> integral(fromText(cell.text(), kind), kind);
        };
    }

    private static Reading numericCell(CellValue cell, ValueKind kind) {
        if (!Double.isFinite(cell.number())) {
            return Reading.fail("problem.cell.notFinite");
        }
        if (cell.format() == CellValue.Format.DATE) {
            if (kind == ValueKind.YEAR && cell.number() >= 0 && cell.number() < 2_958_466) {
                int year = DateUtil.getLocalDateTime(cell.number()).getYear();
                return new Reading(year, null, Message.of("problem.cell.dateAsYear", year));
            }
            return Reading.fail("problem.cell.date");
        }
        return integral(Reading.ok(cell.number()), kind);
    }

    private static Reading dateCell(CellValue cell, ValueKind kind) {
        if (kind == ValueKind.YEAR) {
            try {
                int year = LocalDate.parse(cell.text()
                                .substring(0, Math.min(10, cell.text().length())))
                        .getYear();
                return new Reading(year, null, Message.of("problem.cell.dateAsYear", year));
            } catch (DateTimeParseException e) {
                return Reading.fail("problem.cell.date");
            }
        }
        return Reading.fail("problem.cell.date");
    }

    private static Reading integral(Reading reading, ValueKind kind) {
        if (reading.error() != null || !kind.integral()) {
            return reading;
        }
        double v = reading.value();
        // an int holds every integer field, the seed included; a larger value cannot be one
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            return Reading.fail("problem.cell.notInteger");
        }
        return reading;
    }

    /** Reads "0.15", "15%", "1,200", "1 200", "3亿", "2.5M", full-width digits, ... */
    static Reading fromText(String raw, ValueKind kind) {
        String s = SPACES.matcher(
                        Normalizer.normalize(raw, Normalizer.Form.NFKC).strip())
                .replaceAll(" ");
        if (s.length() > LONGEST_NUMBER_TEXT) {
            return Reading.fail("problem.cell.notNumber");
        }
        BigDecimal factor = BigDecimal.ONE;
        boolean percent = false;
        if (s.endsWith("%")) {
            if (!kind.allowsPercent()) {
                return Reading.fail("problem.cell.percentNotAllowed");
            }
            percent = true;
            s = s.substring(0, s.length() - 1).strip();
        } else if (!s.isEmpty()) {
            BigDecimal scale = scaleWord(s.charAt(s.length() - 1));
            if (scale != null) {
                if (!kind.allowsScaleWord()) {
                    return Reading.fail("problem.cell.scaleNotAllowed");
                }
                factor = scale;
                s = s.substring(0, s.length() - 1).strip();
            }
        }
        if (COMMA_GROUPS.matcher(s).matches()) {
            s = s.replace(",", "");
        } else if (SPACE_GROUPS.matcher(s).matches()) {
            s = s.replace(" ", "");
        }
        if (!PLAIN_NUMBER.matcher(s).matches()) {
            return Reading.fail("problem.cell.notNumber");
        }
        BigDecimal value = new BigDecimal(s).multiply(factor);
        if (percent) {
            value = value.movePointLeft(2);
        }
        double d = value.doubleValue();
        if (!Double.isFinite(d)) {
            return Reading.fail("problem.cell.notFinite");
        }
        return Reading.ok(d);
    }

    private static @Nullable BigDecimal scaleWord(char c) {
        return switch (c) {
            case '万' -> BigDecimal.valueOf(10_000);
            case '亿' -> BigDecimal.valueOf(100_000_000);
            case 'K', 'k' -> BigDecimal.valueOf(1_000);
            case 'M', 'm' -> BigDecimal.valueOf(1_000_000);
            case 'B', 'b' -> BigDecimal.valueOf(1_000_000_000);
            default -> null;
        };
    }

    /** The text of a text column; a number cell gives its plain digits (a code typed as 101 reads "101"). */
    static @Nullable String text(CellValue cell) {
        return switch (cell.kind()) {
            case TEXT, DATE, BOOLEAN -> cell.text().strip();
            case NUMBER -> Double.isFinite(cell.number()) ? Numbers.plain(cell.number()) : null;
            case ERROR, TOO_LONG, FORMULA -> null;
        };
    }

    static @Nullable String currency(String text) {
        String code = Names.normalize(text).toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
