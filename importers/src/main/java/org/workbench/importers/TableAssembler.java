package org.workbench.importers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.multiplier.InputOutputTable;

/**
 * Applies the input-output table format to the rows a reader finds: sheet Sectors (a header row, then a row per
 * sector), sheet Flows (sector codes in column A and across the first row, Z_ij at row i, column j; a blank cell is
 * a flow of 0) and sheet Set (Field | Value rows). {@link TableBuilder} turns what was read into a multiplier set.
 */
final class TableAssembler implements RowSink {
    private static final SectorColumn[] SECTOR_COLUMNS = SectorColumn.values();
    private static final ColumnDef[] SET_HEADERS = {FieldColumn.FIELD_HEADER, FieldColumn.VALUE_HEADER};
    private static final ColumnDef FLOW = new FlowColumn();

    final ProblemLog log;
    private final ImportOptions options;
    private final RuleCells cells;
    final EnumMap<TableSheet, String> sheets = new EnumMap<>(TableSheet.class);

    private @Nullable TableSheet current;
    private String sheetName = "";
    private boolean headerRead;
    private int headerRow;
    private long rowsRead;
    private int dataRows;

    /** Sheet Sectors: the column of each SectorColumn (-1 when absent), its header as found, and the rows. */
    final int[] sectorColumn = new int[SECTOR_COLUMNS.length];

    final String[] sectorHeader = new String[SECTOR_COLUMNS.length];
    int sectorHeaderRow;
    final List<SectorRow> sectorRows = new ArrayList<>();

    /** Sheet Set: Field and Value columns, the values read and their cells. */
    private final int[] setColumn = {-1, -1};

    final EnumMap<SetField, Object> setValues = new EnumMap<>(SetField.class);
    final EnumMap<SetField, String> setCells = new EnumMap<>(SetField.class);

    /** Sheet Flows: the header's codes by position, the column of each, and the rows by code. */
    final List<String> flowCodes = new ArrayList<>();

    final List<Integer> flowColumns = new ArrayList<>();
    int flowHeaderRow;
    private int[] positionOfColumn = new int[0];
    final Map<String, FlowRow> flowRows = new HashMap<>();

    record SectorRow(int rowNumber, @Nullable Object[] values, boolean ok) {}

    record FlowRow(int rowNumber, double[] values, boolean ok) {}

    TableAssembler(ProblemLog log, ImportOptions options) {
        this.log = log;
        this.options = options;
        this.cells = new RuleCells(log);
        Arrays.fill(sectorColumn, -1);
    }

    @Override
    public boolean startSheet(String name) {
        current = null;
        sheetName = name;
        headerRead = false;
        TableSheet found = TableSheet.of(name).orElse(null);
        if (found == null) {
            log.add(null, null, null, name, null, Severity.WARNING, Message.of("problem.io.sheetUnknown", name));
            return false;
        }
        if (!found.input()) {
            return false;
        }
        String earlier = sheets.putIfAbsent(found, name);
        if (earlier != null) {
            log.add(name, null, null, null, null, Severity.ERROR, Message.of("problem.sheet.duplicate", name, earlier));
            return false;
        }
        current = found;
        return true;
    }

    @Override
    public void row(int rowNumber, List<CellValue> row) {
        if (options.cancelled().getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("import cancelled");
        }
        if (++rowsRead % ImportOptions.PROGRESS_STEP == 0) {
            options.progress().accept(rowsRead);
        }
        if (current == null || row.stream().allMatch(CellValue::blank)) {
            return;
        }
        if (!headerRead) {
            headerRead = true;
            headerRow = rowNumber;
            switch (current) {
                case SECTORS -> {
                    sectorHeaderRow = rowNumber;
                    readHeader(row, SECTOR_COLUMNS, sectorColumn, sectorHeader);
                }
                case SET -> readHeader(row, SET_HEADERS, setColumn, new String[2]);
                case FLOWS -> readFlowHeader(rowNumber, row);
                default -> throw new IllegalStateException("not an input sheet: " + current);
            }
            return;
        }
        if (++dataRows > options.maxDataRows()) {
            log.file(Message.of("problem.file.tooManyRows", options.maxDataRows()));
            throw new ScenarioAssembler.TooManyRows();
        }
        switch (current) {
            case SECTORS -> readSector(rowNumber, row);
            case SET -> readSetField(rowNumber, row);
            case FLOWS -> readFlowRow(rowNumber, row);
            default -> throw new IllegalStateException("not an input sheet: " + current);
        }
    }

    @Override
    public void endSheet() {
        if (current != null && !headerRead) {
            error(null, null, Message.of("problem.sheet.noHeader", sheetName));
        }
        current = null;
    }

    private void readHeader(List<CellValue> row, ColumnDef[] defs, int[] columns, String[] headers) {
        for (CellValue cell : row) {
            String text = CellParser.text(cell);
            if (text == null || text.isBlank()) {
                continue;
            }
            String ref = CellRefs.cell(cell.column(), headerRow);
            int match = -1;
            for (int i = 0; i < defs.length; i++) {
                if (defs[i].matches(text)) {
                    match = i;
                }
            }
            if (match < 0) {
                log.add(sheetName, ref, text, text, null, Severity.WARNING, Message.of("problem.column.unknown", text));
            } else if (columns[match] >= 0) {
                error(ref, text, Message.of("problem.column.duplicate", text));
            } else {
                columns[match] = cell.column();
                headers[match] = text;
            }
        }
        for (int i = 0; i < defs.length; i++) {
            if (columns[i] < 0 && defs[i].rule().required() && !defs[i].rule().hasDefault()) {
                error(null, defs[i].english(), Message.of("problem.column.missing", both(defs[i])));
            }
        }
    }

    private void readSector(int rowNumber, List<CellValue> row) {
        CellValue[] byColumn = byColumn(row);
        Object[] values = new Object[SECTOR_COLUMNS.length];
        boolean ok = true;
        for (int i = 0; i < SECTOR_COLUMNS.length; i++) {
            int col = sectorColumn[i];
            if (col < 0) {
                ok &= !SECTOR_COLUMNS[i].rule().required();
                continue;
            }
            CellValue cell = col < byColumn.length ? byColumn[col] : null;
            values[i] = cells.read(sheetName, SECTOR_COLUMNS[i], cell, col, rowNumber, sectorHeader[i]);
            ok &= values[i] != RuleCells.INVALID;
        }
        sectorRows.add(new SectorRow(rowNumber, values, ok));
    }

    private void readSetField(int rowNumber, List<CellValue> row) {
        if (setColumn[0] < 0 || setColumn[1] < 0) {
            return;
        }
        CellValue[] byColumn = byColumn(row);
        CellValue nameCell = setColumn[0] < byColumn.length ? byColumn[setColumn[0]] : null;
        String name = nameCell == null ? null : CellParser.text(nameCell);
        String nameRef = CellRefs.cell(setColumn[0], rowNumber);
        if (name == null || name.isBlank()) {
            error(nameRef, null, Message.of("problem.field.noName"));
            return;
        }
        SetField field = Arrays.stream(SetField.values())
                .filter(f -> f.matches(name))
                .findFirst()
                .orElse(null);
        if (field == null) {
            log.add(sheetName, nameRef, name, name, null, Severity.WARNING, Message.of("problem.field.unknown", name));
            return;
        }
        if (setValues.containsKey(field)) {
            error(nameRef, name, Message.of("problem.field.duplicate", name));
            return;
        }
        CellValue value = setColumn[1] < byColumn.length ? byColumn[setColumn[1]] : null;
        Object read = cells.read(sheetName, field, value, setColumn[1], rowNumber, name);
        setValues.put(field, read == null ? RuleCells.INVALID : read);
        setCells.put(field, CellRefs.cell(setColumn[1], rowNumber));
    }

    private void readFlowHeader(int rowNumber, List<CellValue> row) {
        flowHeaderRow = rowNumber;
        int widest = 0;
        for (CellValue cell : row) {
            if (cell.column() == 0 || cell.blank()) {
                continue;
            }
            if (flowCodes.size() >= InputOutputTable.MAX_SECTORS) {
                error(
                        CellRefs.cell(cell.column(), rowNumber),
                        null,
                        Message.of("problem.io.tooManyColumns", InputOutputTable.MAX_SECTORS));
                break;
            }
            String code = CellParser.text(cell);
            if (code == null || code.isBlank()) {
                continue;
            }
            if (flowCodes.contains(code)) {
                error(CellRefs.cell(cell.column(), rowNumber), code, Message.of("problem.cell.duplicateCode", code));
                continue;
            }
            flowCodes.add(code);
            flowColumns.add(cell.column());
            widest = Math.max(widest, cell.column());
        }
        positionOfColumn = new int[widest + 1];
        Arrays.fill(positionOfColumn, -1);
        for (int p = 0; p < flowColumns.size(); p++) {
            positionOfColumn[flowColumns.get(p)] = p;
        }
    }

    private void readFlowRow(int rowNumber, List<CellValue> row) {
        CellValue first = row.getFirst().column() == 0 ? row.getFirst() : null;
        String code = first == null ? null : CellParser.text(first);
        if (code == null || code.isBlank()) {
            error(CellRefs.cell(0, rowNumber), null, Message.of("problem.io.flowRowNoCode"));
            return;
        }
        if (flowRows.containsKey(code)) {
            error(CellRefs.cell(0, rowNumber), code, Message.of("problem.cell.duplicateCode", code));
            return;
        }
        if (flowRows.size() >= InputOutputTable.MAX_SECTORS) {
            error(
                    CellRefs.cell(0, rowNumber),
                    code,
                    Message.of("problem.io.tooManyRows", InputOutputTable.MAX_SECTORS));
            throw new ScenarioAssembler.TooManyRows();
        }
        double[] values = new double[flowCodes.size()];
        boolean ok = true;
        for (CellValue cell : row) {
            int col = cell.column();
            if (col == 0 || cell.blank()) {
                continue;
            }
            int p = col < positionOfColumn.length ? positionOfColumn[col] : -1;
            if (p < 0) {
                error(CellRefs.cell(col, rowNumber), null, Message.of("problem.io.flowOutside", cell.display()));
                ok = false;
                continue;
            }
            Object v = cells.read(sheetName, FLOW, cell, col, rowNumber, code + " → " + flowCodes.get(p));
            if (v instanceof Double d) {
                values[p] = d;
            } else {
                ok = false;
            }
        }
        flowRows.put(code, new FlowRow(rowNumber, values, ok));
    }

    /** The row's cells by column index; readers hand out only the non-empty ones. */
    private static CellValue[] byColumn(List<CellValue> row) {
        int widest = 0;
        for (CellValue cell : row) {
            widest = Math.max(widest, cell.column());
        }
        CellValue[] byColumn = new CellValue[Math.min(widest, CellRefs.MAX_COLUMNS) + 1];
        for (CellValue cell : row) {
            if (cell.column() < byColumn.length) {
                byColumn[cell.column()] = cell;
            }
        }
        return byColumn;
    }

    private void error(@Nullable String ref, @Nullable String header, Message message) {
        log.add(sheetName, ref, header, null, null, Severity.ERROR, message);
    }

    static String both(ColumnDef def) {
        return def.english() + " / " + def.chinese();
    }

    /** A cell of the flow table: money, at least 0, blank meaning 0. */
    private record FlowColumn() implements ColumnDef {
        @Override
        public String english() {
            return "Flow";
        }

        @Override
        public String chinese() {
            return "流量";
        }

        @Override
        public Rule rule() {
            return Rule.atLeast(ValueKind.MONEY, 0, 0);
        }
    }
}
