package org.workbench.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.multiplier.InputOutputTable;
import org.workbench.domain.multiplier.MultiplierSet;
import org.workbench.domain.multiplier.Sector;
import org.workbench.domain.multiplier.SetLabel;
import org.workbench.domain.multiplier.TableProblem;
import org.workbench.domain.multiplier.TableRefusedException;

/**
 * Turns what {@link TableAssembler} read into a multiplier set: the sheets across each other (the same codes in
 * Sectors and Flows), then the domain's rules and the derivation, each problem put back at its cell.
 */
final class TableBuilder {
    private final TableAssembler read;
    private final ProblemLog log;
    private final Map<String, TableAssembler.SectorRow> sectorRowByCode = new HashMap<>();
    private final Map<String, Integer> flowColumnByCode = new HashMap<>();

    TableBuilder(TableAssembler read) {
        this.read = read;
        this.log = read.log;
    }

    TableImportResult finish() {
        for (TableSheet sheet : List.of(TableSheet.SECTORS, TableSheet.FLOWS, TableSheet.SET)) {
            if (!read.sheets.containsKey(sheet)) {
                log.file(Message.of("problem.sheet.missing", sheet.both()));
            }
        }
        List<Sector> sectors = sectors();
        SetLabel label = label();
        double[][] flows = flows(sectors);
        if (log.hasErrors() || label == null || flows == null) {
            return new TableImportResult.Rejected(log.all());
        }
        try {
            MultiplierSet set = MultiplierSet.derive(InputOutputTable.of(label, sectors, flows));
            return new TableImportResult.Imported(set, log.warnings());
        } catch (TableRefusedException e) {
            report(e.problems());
            return new TableImportResult.Rejected(log.all());
        }
    }

    private List<Sector> sectors() {
        List<Sector> sectors = new ArrayList<>();
        String sheet = read.sheets.get(TableSheet.SECTORS);
        if (sheet == null) {
            return sectors;
        }
        for (TableAssembler.SectorRow row : read.sectorRows) {
            Object[] v = row.values();
            if (v[SectorColumn.CODE.ordinal()] instanceof String code) {
                TableAssembler.SectorRow earlier = sectorRowByCode.putIfAbsent(code, row);
                if (earlier != null) {
                    at(sheet, SectorColumn.CODE, row, code, Message.of("problem.cell.duplicateCode", code));
                    continue;
                }
            }
            if (!row.ok()) {
                continue;
            }
            try {
                sectors.add(new Sector(
                        (String) v[SectorColumn.CODE.ordinal()],
                        (String) v[SectorColumn.NAME.ordinal()],
                        (Double) v[SectorColumn.OUTPUT.ordinal()],
                        (Double) v[SectorColumn.EMPLOYMENT.ordinal()],
                        (Double) v[SectorColumn.HOUSEHOLD_INCOME.ordinal()],
                        (Double) v[SectorColumn.HOUSEHOLD_CONSUMPTION.ordinal()],
                        (Double) v[SectorColumn.REGIONAL_EMPLOYMENT.ordinal()]));
            } catch (TableRefusedException e) {
                report(e.problems());
            }
        }
        if (sectors.isEmpty() && read.sectorRows.isEmpty()) {
            log.add(sheet, null, null, null, null, Severity.ERROR, Message.of("problem.io.noSectors"));
        }
        return sectors;
    }

    private @Nullable SetLabel label() {
        String sheet = read.sheets.get(TableSheet.SET);
        if (sheet == null) {
            return null;
        }
        for (SetField field : SetField.values()) {
            if (!read.setValues.containsKey(field) && !field.rule().hasDefault()) {
                log.add(
                        sheet,
                        null,
                        null,
                        null,
                        null,
                        Severity.ERROR,
                        Message.of("problem.field.missing", both(field)));
            }
        }
        Object name = read.setValues.get(SetField.NAME);
        Object vintage = read.setValues.get(SetField.VINTAGE);
        Object source = read.setValues.get(SetField.SOURCE);
        Object delta = read.setValues.getOrDefault(SetField.DELTA, SetLabel.DEFAULT_DELTA);
        if (!(name instanceof String n
                && vintage instanceof Double y
                && source instanceof String s
                && delta instanceof Double d)) {
            return null;
        }
        try {
            return new SetLabel(n, (int) Math.round(y), s, d);
        } catch (TableRefusedException e) {
            report(e.problems());
            return null;
        }
    }

    /** Z in the order of sheet Sectors, or null when sheet Flows does not list the same sectors. */
    private double @Nullable [][] flows(List<Sector> sectors) {
        String sheet = read.sheets.get(TableSheet.FLOWS);
        if (sheet == null) {
            return null;
        }
        Set<String> known = sectorRowByCode.keySet();
        boolean ok = true;
        for (int p = 0; p < read.flowCodes.size(); p++) {
            String code = read.flowCodes.get(p);
            flowColumnByCode.put(code, read.flowColumns.get(p));
            if (!known.isEmpty() && !known.contains(code)) {
                String ref = CellRefs.cell(read.flowColumns.get(p), read.flowHeaderRow);
                flowError(sheet, ref, code, Message.of("problem.io.unknownSector", code));
                ok = false;
            }
        }
        for (Map.Entry<String, TableAssembler.FlowRow> row : read.flowRows.entrySet()) {
            ok &= row.getValue().ok();
            if (!known.isEmpty() && !known.contains(row.getKey())) {
                String ref = CellRefs.cell(0, row.getValue().rowNumber());
                flowError(sheet, ref, row.getKey(), Message.of("problem.io.unknownSector", row.getKey()));
                ok = false;
            }
        }
        Set<String> columns = new HashSet<>(read.flowCodes);
        for (String code : known) {
            if (!columns.contains(code)) {
                flowError(sheet, null, code, Message.of("problem.io.missingColumn", code));
                ok = false;
            }
            if (!read.flowRows.containsKey(code)) {
                flowError(sheet, null, code, Message.of("problem.io.missingRow", code));
                ok = false;
            }
        }
        if (!ok || sectors.size() != known.size()) {
            return null;
        }
        int n = sectors.size();
        Map<String, Integer> position = new HashMap<>();
        for (int p = 0; p < read.flowCodes.size(); p++) {
            position.put(read.flowCodes.get(p), p);
        }
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] row = read.flowRows.get(sectors.get(i).code()).values();
            for (int j = 0; j < n; j++) {
                z[i][j] = row[position.get(sectors.get(j).code())];
            }
        }
        return z;
    }

    /** Each domain problem at the cell it is about: a sector's field, a flow, a Set field, or a sector's column. */
    private void report(List<TableProblem> problems) {
        for (TableProblem p : problems) {
            Message message = new Message(p.messageKey(), p.args());
            SectorColumn column = SectorColumn.ofField(p.field());
            SetField setField = SetField.ofField(p.field());
            TableAssembler.SectorRow row = p.sector() == null ? null : sectorRowByCode.get(p.sector());
            String sectors = read.sheets.get(TableSheet.SECTORS);
            String flows = read.sheets.get(TableSheet.FLOWS);
            if (column != null && row != null && sectors != null) {
                at(sectors, column, row, found(row.values()[column.ordinal()]), message);
            } else if (setField != null && read.sheets.containsKey(TableSheet.SET)) {
                String found = found(read.setValues.get(setField));
                log.add(
                        read.sheets.get(TableSheet.SET),
                        read.setCells.get(setField),
                        setField.english(),
                        found,
                        null,
                        Severity.ERROR,
                        message);
            } else if (MultiplierSet.HOUSEHOLDS.equals(p.sector()) && sectors != null) {
                int col = read.sectorColumn[SectorColumn.HOUSEHOLD_CONSUMPTION.ordinal()];
                log.add(
                        sectors,
                        col < 0 ? null : CellRefs.cell(col, read.sectorHeaderRow),
                        both(SectorColumn.HOUSEHOLD_CONSUMPTION),
                        null,
                        null,
                        Severity.ERROR,
                        message);
            } else if (p.sector() != null && flows != null && flowColumnByCode.containsKey(p.sector())) {
                TableAssembler.FlowRow flowRow = read.flowRows.get(p.sector());
                boolean flow = "flow".equals(p.field()) && p.toSector() != null && flowRow != null;
                int col = flowColumnByCode.get(flow ? p.toSector() : p.sector());
                String ref = CellRefs.cell(col, flow ? flowRow.rowNumber() : read.flowHeaderRow);
                String header = flow ? p.sector() + " → " + p.toSector() : p.sector();
                log.add(flows, ref, header, null, null, Severity.ERROR, message);
            } else {
                log.add(sectors, null, p.sector(), null, null, Severity.ERROR, message);
            }
        }
    }

    private void at(
            String sheet, SectorColumn column, TableAssembler.SectorRow row, @Nullable String found, Message m) {
        int col = read.sectorColumn[column.ordinal()];
        String ref = col < 0 ? null : CellRefs.cell(col, row.rowNumber());
        String header =
                read.sectorHeader[column.ordinal()] == null ? column.english() : read.sectorHeader[column.ordinal()];
        log.add(sheet, ref, header, found, null, Severity.ERROR, m);
    }

    private void flowError(String sheet, @Nullable String ref, String code, Message message) {
        log.add(sheet, ref, code, code, Message.of("expected.io.sectorCode"), Severity.ERROR, message);
    }

    private static @Nullable String found(@Nullable Object value) {
        return value instanceof Double d ? Numbers.plain(d) : value instanceof String s ? s : null;
    }

    private static String both(ColumnDef def) {
        return TableAssembler.both(def);
    }
}
