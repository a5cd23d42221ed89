package org.workbench.web.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jspecify.annotations.Nullable;
import org.workbench.importers.XlsxWriter;

/**
 * Writes the monitoring list as an .xlsx sheet, streaming, through the exports' one writer so that names users typed
 * stay text. Figures are numbers with a format (shares as percentages), so that the sheet can be sorted and summed;
 * a figure the model leaves empty is an empty cell.
 */
final class MonitoringExcelWriter {
    static final List<String> COLUMNS = List.of(
            "monitoring.column.scenario",
            "monitoring.column.city",
            "monitoring.column.incentive",
            "monitoring.column.type",
            "monitoring.column.status",
            "monitoring.column.lastYear",
            "monitoring.column.promisedJobs",
            "monitoring.column.actualJobs",
            "monitoring.column.ratio",
            "monitoring.column.threshold",
            "monitoring.behind",
            "monitoring.column.clawbackShare",
            "monitoring.column.outlay",
            "monitoring.column.variance",
            "monitoring.column.moneyBack",
            "monitoring.column.costPerJob",
            "monitoring.column.currency");

    private MonitoringExcelWriter() {}

    static void write(
            List<MonitoredIncentive> rows, Locale locale, Function<String, String> translate, OutputStream out)
            throws IOException {
        try (var w = new XlsxWriter(locale)) {
            SXSSFSheet sheet = w.sheet(
                    translate.apply("monitoring.export.sheet"),
                    28,
                    14,
                    28,
                    18,
                    12,
                    10,
                    14,
                    14,
                    12,
                    10,
                    10,
                    12,
                    18,
                    18,
                    18,
                    18,
                    10);
            w.headerRow(sheet, 0, COLUMNS.stream().map(translate).toList());
            Workbook book = sheet.getWorkbook();
            CellStyle percent = style(book, "0.0%");
            CellStyle count = style(book, "#,##0");
            CellStyle money = style(book, "#,##0");
            CellStyle year = style(book, "0");
            int next = 1;
            for (MonitoredIncentive m : rows) {
                Row row = sheet.createRow(next++);
                w.text(row, 0, m.scenarioName());
                w.text(row, 1, m.city());
                w.text(row, 2, m.name().equals(m.code()) ? m.code() : m.code() + " · " + m.name());
                w.text(row, 3, translate.apply("incentiveType." + m.type().name()));
                w.text(row, 4, translate.apply("scenario.status." + m.status().name()));
                number(row, 5, m.lastYear() == null ? null : m.lastYear().doubleValue(), year);
                number(row, 6, m.promisedJobs(), count);
                number(row, 7, m.actualJobs(), count);
                number(row, 8, m.deliveryRatio(), percent);
                number(row, 9, m.threshold(), percent);
                w.text(row, 10, m.behind() ? translate.apply("monitoring.behind") : "");
                number(row, 11, m.clawbackShare(), percent);
                number(row, 12, m.outlayToDate(), money);
                number(row, 13, m.outlayVariance(), money);
                number(row, 14, m.moneyBackToDate(), money);
                number(row, 15, m.costPerDeliveredJob(), money);
                w.text(row, 16, m.currency());
            }
            w.write(out);
        }
    }

    private static CellStyle style(Workbook book, String pattern) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(pattern));
        return style;
    }

    private static void number(Row row, int col, @Nullable Double value, CellStyle style) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
