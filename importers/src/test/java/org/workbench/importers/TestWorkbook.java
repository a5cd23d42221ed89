package org.workbench.importers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook typed by hand, for tests: sheets of rows of plain values, written as .xlsx (POI's user model, as a
 * person's Excel would), .xls or .csv.
 */
final class TestWorkbook {
    /** A number in a percent-formatted cell. */
    record Percent(double value) {}

    /** A date in a date-formatted cell. */
    record DateCell(LocalDate date) {}

    /** A formula; Excel stores its cached value, which the importer reads. */
    record Formula(String formula) {}

    /** An error value such as #DIV/0!. */
    record ErrorValue(FormulaError error) {}

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    private boolean evaluate = true;

    static TestWorkbook valid() {
        TestWorkbook book = new TestWorkbook();
        book.sheet(
                "Scenario",
                rows(
                        List.of("Field", "Value"),
                        List.of("Name", "Hefei 2030"),
                        List.of("City", "Hefei"),
                        List.of("Base year", 2025),
                        List.of("Horizon years", 10),
                        List.of("Discount rate", 0.05),
                        List.of("Household size", 2.8),
                        List.of("In-migrant share", 0.6),
                        List.of("Service cost per resident", 12000),
                        List.of("Currency", "CNY"),
                        List.of("Description", "Two industries")));
        book.sheet(
                "Industries",
                rows(
                        List.of(
                                "Code",
                                "Name",
                                "Baseline jobs",
                                "Value added per job",
                                "Productivity growth",
                                "Average wage",
                                "Tax rate",
                                "Employment multiplier",
                                "Displacement"),
                        List.of("EV", "Electric vehicles", 20000, 600000, 0.03, 150000, 0.08, 2.1, 0.2),
                        List.of("SEMI", "Semiconductors", 5000, 900000, 0.04, 220000, 0.07, 2.5, 0.1)));
        book.sheet(
                "Incentives",
                rows(
                        List.of(
                                "Code",
                                "Name",
                                "Type",
                                "Industry",
                                "Start year",
                                "Duration",
                                "Committed jobs",
                                "Ramp years",
                                "But-for share",
                                "Amount",
                                "Talents",
                                "Exit year",
                                "Exit multiple"),
                        List.of("NIO", "NIO equity", "EQUITY", "EV", 2026, 1, 3000, 3, 0.3, 5e9, "", 2030, 2.5),
                        List.of(
                                "SUB",
                                "Chip job subsidy",
                                "JOB_SUBSIDY",
                                "SEMI",
                                2027,
                                5,
                                1000,
                                2,
                                0.2,
                                20000,
                                "",
                                "",
                                "")));
        return book;
    }

    @SafeVarargs
    static List<List<Object>> rows(List<Object>... rows) {
        List<List<Object>> result = new ArrayList<>();
        for (List<Object> row : rows) {
            result.add(new ArrayList<>(row));
        }
        return result;
    }

    TestWorkbook sheet(String name, List<List<Object>> rows) {
        sheets.put(name, rows);
        return this;
    }

    /** Formulas are written without their results, as a program that never calculates them writes them. */
    TestWorkbook unevaluated() {
        evaluate = false;
        return this;
    }

    TestWorkbook remove(String name) {
        sheets.remove(name);
        return this;
    }

    List<List<Object>> rowsOf(String sheet) {
        return sheets.get(sheet);
    }

    /** Sets a cell by sheet, zero-based row and column (growing the row as needed). */
    TestWorkbook set(String sheet, int row, int col, Object value) {
        List<Object> cells = sheets.get(sheet).get(row);
        while (cells.size() <= col) {
            cells.add("");
        }
        cells.set(col, value);
        return this;
    }

    /** Sets the value of a column (found by its header in the first row) in data row {@code dataRow} (1 = first). */
    TestWorkbook setColumn(String sheet, String header, int dataRow, Object value) {
        int col = sheets.get(sheet).get(0).indexOf(header);
        if (col < 0) {
            throw new IllegalArgumentException("no column " + header);
        }
        return set(sheet, dataRow, col, value);
    }

    /** Sets a Scenario field's value. */
    TestWorkbook field(String field, Object value) {
        List<List<Object>> rows = sheets.get("Scenario");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals(field)) {
                return set("Scenario", i, 1, value);
            }
        }
        rows.add(new ArrayList<>(Arrays.asList(field, value)));
        return this;
    }

    TestWorkbook renameSheet(String from, String to) {
        Map<String, List<List<Object>>> copy = new LinkedHashMap<>();
        sheets.forEach((k, v) -> copy.put(k.equals(from) ? to : k, v));
        sheets.clear();
        sheets.putAll(copy);
        return this;
    }

    Path writeXlsx(Path dir, String fileName) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            return write(wb, dir.resolve(fileName));
        }
    }

    Path writeXls(Path dir, String fileName) throws IOException {
        try (Workbook wb = new HSSFWorkbook()) {
            return write(wb, dir.resolve(fileName));
        }
    }

    Path writeCsv(Path dir, String fileName, String sheet, Charset charset, boolean bom) throws IOException {
        String text = sheets.get(sheet).stream()
                .map(row -> row.stream().map(TestWorkbook::csvField).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text.getBytes(charset));
        }
        return file;
    }

    private static String csvField(Object value) {
        String s = switch (value) {
            case Percent p -> Numbers.percent(p.value());
            case Number n -> Numbers.plain(n.doubleValue());
            default -> value.toString();
        };
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private Path write(Workbook wb, Path file) throws IOException {
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
            Sheet sheet = wb.createSheet(entry.getKey());
            List<List<Object>> rows = entry.getValue();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if ("".equals(value)) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (value) {
                        case Number n -> cell.setCellValue(n.doubleValue());
                        case Boolean b -> cell.setCellValue(b);
                        case Percent p -> {
                            cell.setCellValue(p.value());
                            cell.setCellStyle(percent);
                        }
                        case DateCell d -> {
                            cell.setCellValue(d.date());
                            cell.setCellStyle(date);
                        }
                        case Formula f -> cell.setCellFormula(f.formula());
                        case ErrorValue e -> cell.setCellErrorValue(e.error().getCode());
                        default -> cell.setCellValue(value.toString());
                    }
                }
            }
        }
        if (evaluate) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }
}
