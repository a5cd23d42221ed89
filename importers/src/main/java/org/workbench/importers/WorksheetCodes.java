package org.workbench.importers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The few names and attribute values {@link WorksheetScanner} recognises, turned into int codes straight from their
 * bytes: the kind of an element (by its local name), and a cell's or row's kept r, t and s as the column, row number,
 * type and style codes {@link SheetCells} takes, so that no String is made for them.
 */
final class WorksheetCodes {
    static final int OTHER = 0;
    static final int ROW = 1;
    static final int CELL = 2;
    static final int VALUE = 3;
    static final int TEXT = 4;
    static final int PHONETIC = 5;
    static final int FORMULA = 6;

    /** The length of an attribute that was not there. */
    static final int ABSENT = -1;
    /** The length of an attribute that was too long, or not ASCII, to be a reference, type or style. */
    static final int UNUSABLE = -2;

    private static final byte[] INLINE_STR = "inlineStr".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STR = "str".getBytes(StandardCharsets.US_ASCII);

    private WorksheetCodes() {}

    /** The kind of an element whose local name is {@code name[from, to)}. */
    static int kind(byte[] name, int from, int to) {
        int length = to - from;
        if (length == 1) {
            return switch (name[from]) {
                case 'c' -> CELL;
                case 'v' -> VALUE;
                case 'f' -> FORMULA;
                case 't' -> TEXT;
                default -> OTHER;
            };
        }
        if (length == 3) {
            if (name[from] == 'r' && name[from + 1] == 'o' && name[from + 2] == 'w') {
                return ROW;
            }
            if (name[from] == 'r' && name[from + 1] == 'P' && name[from + 2] == 'h') {
                return PHONETIC;
            }
        }
        return OTHER;
    }

    /** A row's r: its number, or 0 when it is none. */
    static int rowNumber(byte[] r, int length) {
        int n = index(r, length);
        return n < 1 ? 0 : n;
    }

    /** As {@link CellRefs#columnOf}: the leading letters of a cell's r, or -1. */
    static int column(byte[] ref, int length) {
        if (length == ABSENT) {
            return SheetCells.NEXT_COLUMN;
        }
        int col = 0;
        int i = 0;
        for (; i < Math.max(length, 0); i++) {
            int c = ref[i];
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (col > CellRefs.MAX_COLUMNS) {
                return -1;
            }
        }
        return i == 0 ? -1 : col - 1;
    }

    /** A cell's t as one of {@link SheetCells}' type codes. */
    static int typeCode(byte[] t, int length) {
        if (length == ABSENT) {
            return SheetCells.NUMBER;
        }
        if (length == UNUSABLE) {
            return SheetCells.OTHER;
        }
        if (length == 1) {
            return switch (t[0]) {
                case 'n' -> SheetCells.NUMBER;
                case 's' -> SheetCells.SHARED;
                case 'b' -> SheetCells.BOOLEAN;
                case 'e' -> SheetCells.ERROR;
                case 'd' -> SheetCells.DATE;
                default -> SheetCells.OTHER;
            };
        }
        return is(t, length, INLINE_STR)
                ? SheetCells.INLINE
                : is(t, length, STR) ? SheetCells.FORMULA_TEXT : SheetCells.OTHER;
    }

    private static boolean is(byte[] value, int length, byte[] wanted) {
        return length == wanted.length && Arrays.equals(value, 0, length, wanted, 0, length);
    }

    /** A cell's s: its style index, {@link SheetCells#NO_STYLE} without one, or -1. */
    static int style(byte[] s, int length) {
        return length == ABSENT ? SheetCells.NO_STYLE : index(s, length);
    }

    /** As {@link SheetCells#parseIndex}, on a kept attribute. */
    private static int index(byte[] value, int length) {
        if (length <= 0 || length > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < length; i++) {
            int c = value[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
