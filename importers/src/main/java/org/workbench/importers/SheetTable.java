package org.workbench.importers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A sheet's header mapping (which column holds which definition, under which header text) and its data rows. */
final class SheetTable {
    final List<? extends ColumnDef> defs;
    final int[] column;
    final @Nullable String[] header;
    final List<Row> rows = new ArrayList<>();

    @Nullable
    String sheet;

    int headerRow;
    private int[] defByColumn = new int[0];
    private final @Nullable CellValue[] byDef;

    /** One data row: the values by definition (null where blank or invalid), and which of them were invalid. */
    record Row(int rowNumber, @Nullable Object[] values, long invalid) {
        boolean invalid(int index) {
            return (invalid & (1L << index)) != 0;
        }
    }

    SheetTable(List<? extends ColumnDef> defs) {
        if (defs.size() > Long.SIZE) {
            throw new IllegalArgumentException("more columns than a row can mark invalid: " + defs.size());
        }
        this.defs = defs;
        this.column = new int[defs.size()];
        this.header = new String[defs.size()];
        this.byDef = new CellValue[defs.size()];
        Arrays.fill(column, -1);
    }

    boolean hasHeader() {
        return headerRow > 0;
    }

    int index(ColumnDef def) {
        for (int i = 0; i < defs.size(); i++) {
            if (defs.get(i) == def) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a column of this sheet: " + def);
    }

    /**
     * Maps the header row's texts to definitions: unknown headers are a warning, a repeated one and a missing
     * required one are errors.
     */
    void readHeader(String sheetName, int rowNumber, List<CellValue> cells, ProblemLog log) {
        sheet = sheetName;
        headerRow = rowNumber;
        for (CellValue cell : cells) {
            String text = CellParser.text(cell);
            if (text == null || text.isBlank()) {
                continue;
            }
            String ref = CellRefs.cell(cell.column(), rowNumber);
            ColumnDef def = match(text);
            if (def == null) {
                log.add(sheetName, ref, text, text, null, Severity.WARNING, Message.of("problem.column.unknown", text));
            } else if (column[index(def)] >= 0) {
                log.add(sheetName, ref, text, text, null, Severity.ERROR, Message.of("problem.column.duplicate", text));
            } else {
                map(def, cell.column(), text);
            }
        }
        for (int i = 0; i < defs.size(); i++) {
            ColumnDef def = defs.get(i);
            if (column[i] < 0 && def.rule().required() && !def.rule().hasDefault()) {
                log.add(
                        sheetName,
                        null,
                        def.english(),
                        null,
                        null,
                        Severity.ERROR,
                        Message.of("problem.column.missing", def.english() + " / " + def.chinese()));
            }
        }
    }

    private @Nullable ColumnDef match(String text) {
        for (ColumnDef def : defs) {
            if (def.matches(text)) {
                return def;
            }
        }
        return null;
    }

    private void map(ColumnDef def, int col, String text) {
        int i = index(def);
        column[i] = col;
        header[i] = text;
        if (col >= defByColumn.length) {
            int old = defByColumn.length;
            defByColumn = Arrays.copyOf(defByColumn, col + 1);
            Arrays.fill(defByColumn, old, defByColumn.length, -1);
        }
        defByColumn[col] = i;
    }

    /** The row's cells by definition, in an array reused for every row (nothing keeps a cell). */
    @Nullable
    CellValue[] byDef(List<CellValue> cells) {
        @Nullable CellValue[] result = byDef;
        Arrays.fill(result, null);
        for (CellValue cell : cells) {
            int col = cell.column();
            if (col < defByColumn.length && defByColumn[col] >= 0) {
                result[defByColumn[col]] = cell;
            }
        }
        return result;
    }

    /** The reference of a row's cell under definition i; null when the sheet has no such column. */
    @Nullable
    String ref(int i, int rowNumber) {
        return column[i] < 0 ? null : CellRefs.cell(column[i], rowNumber);
    }

    /** The header as the file spells it, or the canonical English one when the column is missing. */
    String headerOf(int i) {
        String text = header[i];
        return text == null ? defs.get(i).english() : text;
    }
}
