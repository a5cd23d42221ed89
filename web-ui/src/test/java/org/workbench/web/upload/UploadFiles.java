package org.workbench.web.upload;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.workbench.domain.Scenario;
import org.workbench.importers.WorkbookExporter;

/** Files for upload tests, made on the spot: a valid workbook, one with errors, a zip bomb, a PDF in disguise. */
public final class UploadFiles {
    private UploadFiles() {}

    public static byte[] valid(Scenario scenario) {
        try {
            var out = new ByteArrayOutputStream();
            WorkbookExporter.writeScenario(scenario, null, Locale.ENGLISH, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario's workbook with the first incentive's Amount negative and its Start year not a year. */
    public static byte[] withErrors(Scenario scenario) {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(valid(scenario)))) {
            Sheet incentives = book.getSheet("Incentives");
            Row header = incentives.getRow(0);
            Row first = incentives.getRow(1);
            for (Cell cell : header) {
                switch (cell.getStringCellValue()) {
                    case "Amount" -> first.getCell(cell.getColumnIndex()).setCellValue(-5);
                    case "Start year" -> first.getCell(cell.getColumnIndex()).setCellValue("next year");
                    default -> {}
                }
            }
            var out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A few kilobytes that claim to be a workbook and inflate to 50 MB of zeros. */
    public static byte[] zipBomb() {
        try {
            var out = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 50; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF, to be uploaded under a .xlsx name. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
