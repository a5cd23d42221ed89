package org.workbench.importers;

import java.util.List;

/** What a reader feeds: sheets in file order, and each sheet's non-empty rows. */
interface RowSink {
    /** @return whether the sheet's rows are wanted (unknown and ignored sheets are skipped unread) */
    boolean startSheet(String sheetName);

    /**
     * One row. The list is the reader's and is reused after the call returns.
     *
     * @param rowNumber one-based, as shown by a spreadsheet
     */
    void row(int rowNumber, List<CellValue> cells);

    void endSheet();
}
