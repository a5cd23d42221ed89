package org.workbench.web.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.workbench.importers.XlsxWriter;

/**
 * Writes audit entries as an .xlsx sheet, streaming (only a window of rows in memory), through the exports' one
 * writer so that names and targets users typed stay text. Times are written as text in the reader's zone with the
 * offset, so that nobody mistakes them for UTC.
 */
final class AuditExcelWriter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private AuditExcelWriter() {}

    static void write(
            ZoneId zone, Function<String, String> translate, Consumer<Consumer<AuditEntry>> entries, OutputStream out)
            throws IOException {
        try (var w = new XlsxWriter(Locale.ROOT)) {
            SXSSFSheet sheet = w.sheet(translate.apply("audit.export.sheet"), 26, 16, 24, 28, 60, 18);
            w.headerRow(
                    sheet,
                    0,
                    List.of(
                                    "audit.column.time",
                                    "audit.column.actor",
                                    "audit.column.action",
                                    "audit.column.target",
                                    "audit.column.details",
                                    "audit.column.address")
                            .stream()
                            .map(translate)
                            .toList());
            int[] next = {1};
            entries.accept(entry -> {
                Row row = sheet.createRow(next[0]++);
                w.text(row, 0, TIME.format(entry.occurredAt().atZone(zone)));
                w.text(row, 1, entry.actor());
                w.text(row, 2, translate.apply("audit.action." + entry.action().name()));
                w.text(row, 3, entry.target());
                w.text(row, 4, describe(entry));
                w.text(row, 5, entry.clientAddress());
            });
            w.write(out);
        }
    }

    static String describe(AuditEntry entry) {
        return entry.details().entrySet().stream()
                .map(detail -> detail.getKey() + ": " + detail.getValue())
                .collect(Collectors.joining("; "));
    }
}
