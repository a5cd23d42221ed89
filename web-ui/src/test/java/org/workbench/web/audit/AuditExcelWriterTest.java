package org.workbench.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The audit export writes what users typed (a failed sign-in's name, a target) and must never let it run. */
class AuditExcelWriterTest {

    @Test
    void a_failed_sign_in_as_a_formula_lands_as_quoted_text_in_every_text_cell_of_the_export() throws Exception {
        var entry = new AuditEntry(
                1,
                Instant.parse("2026-12-03T05:00:00Z"),
                "=1+1",
                AuditAction.LOGIN_FAILED,
                "user:=1+1",
                "@127.0.0.1",
                Map.of("reason", "-2+3"));
        var out = new ByteArrayOutputStream();
        AuditExcelWriter.write(
                ZoneOffset.UTC, key -> key.endsWith("column.actor") ? "+actor" : key, sink -> sink.accept(entry), out);

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row head = book.getSheetAt(0).getRow(0);
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("+actor");
            assertThat(head.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            Row row = book.getSheetAt(0).getRow(1);
            Cell actor = row.getCell(1);
            assertThat(actor.getCellType()).isEqualTo(CellType.STRING);
            assertThat(actor.getStringCellValue()).isEqualTo("=1+1");
            assertThat(actor.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(5).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }
}
