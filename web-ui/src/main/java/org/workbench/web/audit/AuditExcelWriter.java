package org.workbench.web.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes audit entries as an .xlsx sheet, streaming (only a window of rows in memory). Times are written as text in
 * the reader's zone with the offset, so that nobody mistakes them for UTC.
 */
final class AuditExcelWriter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private AuditExcelWriter() {}

    static void write(
            ZoneId zone, Function<String, String> translate, Consumer<Consumer<AuditEntry>> entries, OutputStream out)
            throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(translate.apply("audit.export.sheet"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            List<String> columns = List.of(
                    "audit.column.time",
                    "audit.column.actor",
                    "audit.column.action",
                    "audit.column.target",
                    "audit.column.details",
                    "audit.column.address");
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(translate.apply(columns.get(i)));
                cell.setCellStyle(header);
            }
            int[] next = {1};
            entries.accept(entry -> {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(TIME.format(entry.occurredAt().atZone(zone)));
                row.createCell(1).setCellValue(entry.actor());
                row.createCell(2)
                        .setCellValue(
                                translate.apply("audit.action." + entry.action().name()));
                row.createCell(3).setCellValue(entry.target());
                row.createCell(4).setCellValue(describe(entry));
                row.createCell(5).setCellValue(entry.clientAddress() == null ? "" : entry.clientAddress());
            });
            int[] widths = {26, 16, 24, 28, 60, 18};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    static String describe(AuditEntry entry) {
        return entry.details().entrySet().stream()
                .map(detail -> detail.getKey() + ": " + detail.getValue())
                .collect(Collectors.joining("; "));
    }
}
