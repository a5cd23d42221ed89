package org.workbench.importers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;

/**
 * Turns a worksheet's rows and cells, as either reader of sheet XML finds them ({@link WorksheetScanner} or the SAX
 * {@link XlsxSheetHandler}), into {@link CellValue}s and hands each row to the sink. Keeps only the current row; text
 * is capped at Excel's cell limit while it is read, so a giant cell costs no more memory than a legal one.
 */
final class SheetCells {
    /** The cell's t attribute, as a code so that no String is made per cell. */
    static final int NUMBER = 0;

    static final int SHARED = 1;
    static final int INLINE = 2;
    static final int FORMULA_TEXT = 3;
    static final int BOOLEAN = 4;
    static final int ERROR = 5;
    static final int DATE = 6;
    /** A type no writer should use: read as text, as before. */
    static final int OTHER = 7;

    /** A cell without an r attribute: it follows the previous one. */
    static final int NEXT_COLUMN = Integer.MIN_VALUE;

    /** A row without an r attribute: it follows the previous one. */
    static final int NEXT_ROW = -1;

    /** No s attribute, or one that is not an index: general format. */
    static final int NO_STYLE = -1;

    private final SharedStrings strings;
    private final @Nullable StylesTable styles;
    private final RowSink sink;
    private final List<CellValue> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private CellValue.Format[] formatByStyle = new CellValue.Format[0];

    private int rowNumber;
    private int column;
    private int lastColumn;
    private int type;
    private int style;
    private long textLength;
    private boolean formula;
    private boolean valueSeen;
    private String formulaText = "";

    SheetCells(SharedStrings strings, @Nullable StylesTable styles, RowSink sink) {
        this.strings = strings;
        this.styles = styles;
        this.sink = sink;
    }

    /** @param number the row's r attribute (0 when it is not a row number), or {@link #NEXT_ROW} */
    void startRow(int number) {
        rowNumber = number == NEXT_ROW ? rowNumber + 1 : number;
        lastColumn = -1;
        cells.clear();
    }

    /**
     * @param ref the column of the cell's r attribute (-1 when it has none usable), or {@link #NEXT_COLUMN}
     * @param typeCode one of the type codes above
     * @param styleIndex the s attribute, or {@link #NO_STYLE}
     */
    void startCell(int ref, int typeCode, int styleIndex) {
        if (ref != NEXT_COLUMN) {
            column = ref;
            lastColumn = ref;
        } else if (lastColumn + 1 < CellRefs.MAX_COLUMNS) {
            column = ++lastColumn;
        } else {
            // a run of cells without references cannot grow a row past the sheet's last column
            column = -1;
        }
        type = typeCode;
        style = styleIndex;
        text.setLength(0);
        textLength = 0;
        formula = false;
        valueSeen = false;
    }

    /**
     * A cell's {@code <f>} starts. Its text is collected like a value's and put aside when it ends, so that only the
     * cached result in {@code <v>} counts as the cell's value; a formula after the value (not the schema's order) is
     * not collected, so it cannot mix with the value's text.
     *
     * @return whether to collect the formula's text
     */
    boolean startFormula() {
        formula = true;
        return !valueSeen;
    }

    /** The end of a collected {@code <f>}. */
    void endFormula() {
        if (valueSeen) {
            return;
        }
        formulaText = text.substring(0, Math.min(CellValue.SHOWN_CHARS, text.length()));
        text.setLength(0);
        textLength = 0;
    }

    /** A {@code <v>} started: the cell has a stored value, even an empty one. */
    void valueStarted() {
        valueSeen = true;
    }

    void append(char c) {
        textLength++;
        if (text.length() <= Rule.MAX_CELL_TEXT) {
            text.append(c);
        }
    }

    void append(char[] ch, int start, int length) {
        textLength += length;
        int room = Rule.MAX_CELL_TEXT + 1 - text.length();
        if (room > 0) {
            text.append(ch, start, Math.min(room, length));
        }
    }

    void endCell() {
        if (column < 0) {
            return;
        }
        if (textLength > 0 || type == INLINE) {
            CellValue cell = cell();
            if (cell != null) {
                cells.add(cell);
            }
        } else if (formula && !valueSeen) {
            cells.add(new CellValue(column, CellValue.Kind.FORMULA, formulaText, Double.NaN, CellValue.Format.GENERAL));
        }
    }

    void endRow() {
        sink.row(rowNumber, cells);
        cells.clear();
    }

    private @Nullable CellValue cell() {
        if (textLength > Rule.MAX_CELL_TEXT) {
            return CellValue.tooLong(column, text, textLength);
        }
        if (type == NUMBER) {
            return numberCell();
        }
        String value = text.toString();
        return switch (type) {
            case SHARED -> sharedString(value);
            case BOOLEAN ->
                new CellValue(
                        column,
                        CellValue.Kind.BOOLEAN,
                        "1".equals(value) ? "TRUE" : "FALSE",
                        Double.NaN,
                        CellValue.Format.GENERAL);
            case ERROR -> new CellValue(column, CellValue.Kind.ERROR, value, Double.NaN, CellValue.Format.GENERAL);
            case DATE -> new CellValue(column, CellValue.Kind.DATE, value, Double.NaN, CellValue.Format.DATE);
            default -> CellValue.text(column, value);
        };
    }

    private CellValue sharedString(String index) {
        int i = parseIndex(index.strip());
        if (i < 0 || i >= strings.getCount()) {
            return new CellValue(column, CellValue.Kind.ERROR, "#REF!", Double.NaN, CellValue.Format.GENERAL);
        }
        String s = strings.getItemAt(i).getString();
        return CellValue.text(column, s == null ? "" : s);
    }

    private CellValue numberCell() {
        CellValue.Format format = style == NO_STYLE ? CellValue.Format.GENERAL : format(style);
        double value = Numbers.parsePlainDecimal(text, 0, text.length());
        if (Double.isNaN(value)) {
            // exponents, padding, forged text: the general parser, and the raw text kept for the problem it may cause
            String raw = text.toString();
            return CellValue.number(column, parseNumber(raw), raw, format);
        }
        return CellValue.number(column, value, format);
    }

    /** A raw {@code <v>} number; text that is not one (a forged "NaN", "abc") becomes NaN and is refused later. */
    static double parseNumber(String raw) {
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 40) {
            return Double.NaN;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private CellValue.Format format(int styleIndex) {
        if (styles == null || styleIndex <= 0 || styleIndex >= styles.getNumCellStyles()) {
            return CellValue.Format.GENERAL;
        }
        if (styleIndex >= formatByStyle.length) {
            formatByStyle = Arrays.copyOf(formatByStyle, Math.max(styleIndex + 1, formatByStyle.length * 2));
        }
        CellValue.Format known = formatByStyle[styleIndex];
        if (known == null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
            known = classify(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            formatByStyle[styleIndex] = known;
        }
        return known;
    }

    static CellValue.Format classify(int formatIndex, @Nullable String formatString) {
        if (formatString == null) {
            return CellValue.Format.GENERAL;
        }
        if (formatString.contains("%")) {
            return CellValue.Format.PERCENT;
        }
        return DateUtil.isADateFormat(formatIndex, formatString) ? CellValue.Format.DATE : CellValue.Format.GENERAL;
    }

    /** The code of a t attribute's value. */
    static int typeCode(@Nullable String t) {
        if (t == null) {
            return NUMBER;
        }
        return switch (t) {
            case "n" -> NUMBER;
            case "s" -> SHARED;
            case "inlineStr" -> INLINE;
            case "str" -> FORMULA_TEXT;
            case "b" -> BOOLEAN;
            case "e" -> ERROR;
            case "d" -> DATE;
            default -> OTHER;
        };
    }

    /** A row's r attribute: its number, or 0 when it is not one. */
    static int rowNumberOf(String r) {
        int n = parseIndex(r);
        return n < 1 ? 0 : n;
    }

    /** Up to nine decimal digits and nothing else, or -1. */
    static int parseIndex(CharSequence s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
