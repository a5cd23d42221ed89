package org.workbench.importers;

/** A1-style references: column letters to and from zero-based indexes. */
final class CellRefs {
    /** Excel's last column, XFD; references beyond it are not cells of any sheet. */
    static final int MAX_COLUMNS = 16_384;

    private CellRefs() {}

    static String column(int index) {
        StringBuilder letters = new StringBuilder(3);
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.append((char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.reverse().toString();
    }

    static String cell(int column, int rowNumber) {
        return column(column) + rowNumber;
    }

    /** The zero-based column of a reference such as "E7", or -1 when it has no usable column letters. */
    static int columnOf(CharSequence ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (col > MAX_COLUMNS) {
                return -1;
            }
        }
        return i == 0 ? -1 : col - 1;
    }
}
