package org.workbench.importers;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.multiplier.InputOutputTable;
import org.workbench.domain.multiplier.MultiplierSet;
import org.workbench.domain.multiplier.Sector;
import org.workbench.domain.multiplier.SectorMultipliers;
import org.workbench.domain.multiplier.SetLabel;

/**
 * Writes a multiplier set as a workbook: the table it was derived from (Set, Sectors, Flows, which
 * {@link TableImporter} reads back as the same table), then what was derived (Multipliers, A, L and, for a table
 * with regional employment, their regional forms) and a README. Streaming (SXSSF), so a 500-sector set stays small
 * in memory.
 */
public final class TableExporter {
    private TableExporter() {}

    public static void writeSet(MultiplierSet set, Locale locale, OutputStream out) throws IOException {
        try (XlsxWriter w = new XlsxWriter(locale)) {
            InputOutputTable table = set.table();
            writeLabel(w, table.label());
            writeSectors(w, table);
            writeFlows(w, table);
            writeMultipliers(w, set);
            writeMatrix(w, TableSheet.COEFFICIENTS, set, (i, j) -> set.coefficient(i, j, false));
            writeMatrix(w, TableSheet.LEONTIEF, set, (i, j) -> set.leontief(i, j, false));
            if (set.regional()) {
                writeMatrix(w, TableSheet.REGIONAL_COEFFICIENTS, set, (i, j) -> set.coefficient(i, j, true));
                writeMatrix(w, TableSheet.REGIONAL_LEONTIEF, set, (i, j) -> set.leontief(i, j, true));
            }
            SXSSFSheet readme = w.sheet(TableSheet.README.title(locale), 120);
            List<String> lines = List.of(
                    w.text("export.io.readme.title"),
                    w.text(
                            "export.io.readme.set",
                            table.label().name(),
                            table.label().vintage()),
                    w.text("export.io.readme.source", table.label().source()),
                    w.text("export.io.readme.inputs"),
                    w.text("export.io.readme.derived"));
            for (int r = 0; r < lines.size(); r++) {
                w.text(readme.createRow(r), 0, lines.get(r));
            }
            w.write(out);
        }
    }

    /** The Multipliers sheet's column titles: Code, output, Type I, Type II, then the regional three if any. */
    static List<String> multiplierTitles(boolean regional, Locale locale) {
        List<String> keys =
                new ArrayList<>(List.of("export.io.code", "export.io.output", "export.io.typeI", "export.io.typeII"));
        if (regional) {
            keys.addAll(List.of("export.io.regionalOutput", "export.io.regionalTypeI", "export.io.regionalTypeII"));
        }
        return keys.stream()
                .map(k -> ProblemFormatter.render(Message.of(k), locale))
                .toList();
    }

    private static void writeLabel(XlsxWriter w, SetLabel label) {
        SXSSFSheet sheet = w.sheet(TableSheet.SET.title(w.locale), 24, 60);
        w.headerRow(
                sheet, 0, List.of(FieldColumn.FIELD_HEADER.title(w.locale), FieldColumn.VALUE_HEADER.title(w.locale)));
        Row name = sheet.createRow(1);
        w.text(name, 0, SetField.NAME.title(w.locale));
        w.text(name, 1, label.name());
        Row vintage = sheet.createRow(2);
        w.text(vintage, 0, SetField.VINTAGE.title(w.locale));
        w.number(vintage, 1, label.vintage(), w.integer);
        Row source = sheet.createRow(3);
        w.text(source, 0, SetField.SOURCE.title(w.locale));
        w.text(source, 1, label.source());
        Row delta = sheet.createRow(4);
        w.text(delta, 0, SetField.DELTA.title(w.locale));
        w.number(delta, 1, label.delta(), null);
    }

    private static void writeSectors(XlsxWriter w, InputOutputTable table) {
        boolean regional = table.regional();
        SectorColumn[] columns = SectorColumn.values();
        int count = regional ? columns.length : columns.length - 1;
        SXSSFSheet sheet = w.sheet(TableSheet.SECTORS.title(w.locale), 12, 36, 16, 14, 18, 20, 18);
        List<String> titles = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            titles.add(columns[c].title(w.locale));
        }
        w.headerRow(sheet, 0, titles);
        int r = 1;
        for (Sector s : table.sectors()) {
            Row row = sheet.createRow(r++);
            w.text(row, 0, s.code());
            w.text(row, 1, s.name());
            w.number(row, 2, s.output(), null);
            w.number(row, 3, s.employment(), null);
            w.number(row, 4, s.householdIncome(), null);
            w.number(row, 5, s.householdConsumption(), null);
            if (regional && s.regionalEmployment() != null) {
                w.number(row, 6, s.regionalEmployment(), null);
            }
        }
    }

    private static void writeFlows(XlsxWriter w, InputOutputTable table) {
        writeMatrix(w, TableSheet.FLOWS.title(w.locale), table, table::flow, true);
    }

    private static void writeMultipliers(XlsxWriter w, MultiplierSet set) {
        SXSSFSheet sheet = w.sheet(TableSheet.MULTIPLIERS.title(w.locale), 12, 18, 22, 22, 22, 22, 22);
        w.headerRow(sheet, 0, multiplierTitles(set.regional(), w.locale));
        int r = 1;
        for (SectorMultipliers m : set.multipliers()) {
            Row row = sheet.createRow(r++);
            w.text(row, 0, m.code());
            w.number(row, 1, m.output(), null);
            optional(w, row, 2, m.typeI());
            optional(w, row, 3, m.typeII());
            if (set.regional()) {
                optional(w, row, 4, m.regionalOutput());
                optional(w, row, 5, m.regionalTypeI());
                optional(w, row, 6, m.regionalTypeII());
            }
        }
    }

    private static void optional(XlsxWriter w, Row row, int col, @Nullable Double value) {
        if (value != null) {
            w.number(row, col, value, null);
        }
    }

    private interface Entry {
        double at(int i, int j);
    }

    private static void writeMatrix(XlsxWriter w, TableSheet sheet, MultiplierSet set, Entry entry) {
        writeMatrix(w, sheet.title(w.locale), set.table(), entry, false);
    }

    /** A square table with the sector codes down column A and across row 1; zeros left blank when asked. */
    private static void writeMatrix(
            XlsxWriter w, String sheetName, InputOutputTable table, Entry entry, boolean blankZeros) {
        int n = table.size();
        SXSSFSheet sheet = w.sheet(sheetName);
        List<String> titles = new ArrayList<>(n + 1);
        titles.add(SectorColumn.CODE.title(w.locale));
        for (Sector s : table.sectors()) {
            titles.add(s.code());
        }
        Row header = w.headerRow(sheet, 0, List.of());
        for (int c = 0; c < titles.size(); c++) {
            w.text(header, c, titles.get(c));
        }
        for (int i = 0; i < n; i++) {
            Row row = sheet.createRow(i + 1);
            w.text(row, 0, table.sectors().get(i).code());
            for (int j = 0; j < n; j++) {
                double v = entry.at(i, j);
                if (!(blankZeros && v == 0)) {
                    w.number(row, j + 1, v, null);
                }
            }
        }
    }
}
