package org.workbench.importers;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A streaming .xlsx being written: the shared styles, and cell writing that no spreadsheet can run as code. Every
 * text cell of every export (workbooks, comparisons, the audit log) goes through {@link #text(Row, int, String)} or
 * {@link #headerRow}, so that no export can forget the quote prefix.
 */
public final class XlsxWriter implements AutoCloseable {
    /** Rows kept in memory per sheet before SXSSF flushes them to its temp file. */
    private static final int WINDOW = 200;

    final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    final Locale locale;
    final CellStyle header;
    final CellStyle protectedHeader;
    final CellStyle protectedText;
    final CellStyle percent;
    final CellStyle money;
    final CellStyle decimal;
    final CellStyle integer;
    /** Jobs and people: whole and grouped, as the app shows them. */
    final CellStyle count;

    final CellStyle ratio;
    final CellStyle index;
    /** Money in the workbook's currency, set by {@link #currency(String)}; plain grouped whole units until then. */
    CellStyle currencyMoney;

    public XlsxWriter(Locale locale) {
        this.locale = locale;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        protectedHeader = workbook.createCellStyle();
        protectedHeader.setFont(bold);
        protectedHeader.setQuotePrefixed(true);
        protectedText = workbook.createCellStyle();
        protectedText.setQuotePrefixed(true);
        percent = format("0.0##%");
        money = format("#,##0");
        decimal = format("#,##0.0#");
        integer = format("0");
        count = format("#,##0");
        ratio = format("0.00");
        index = format("0.000");
        currencyMoney = money;
    }

    /**
     * Money cells from here on carry the currency's code after the figure (e.g. {@code 1,500,000 CNY}); the value
     * stays the exact number. The code is a validated ISO code of three letters; anything else leaves money plain.
     */
    void currency(@Nullable String code) {
        currencyMoney = code != null && code.matches("[A-Z]{3}") ? format("#,##0 \"" + code + "\"") : money;
    }

    private CellStyle format(String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    public SXSSFSheet sheet(String name, int... columnWidths) {
        SXSSFSheet sheet = workbook.createSheet(name);
        for (int i = 0; i < columnWidths.length; i++) {
            sheet.setColumnWidth(i, columnWidths[i] * 256);
        }
        return sheet;
    }

    /** A bold header row, frozen; titles (which may hold scenario names) get the quote prefix like any text. */
    public Row headerRow(Sheet sheet, int rowIndex, List<String> titles) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(looksLikeFormula(titles.get(i)) ? protectedHeader : header);
        }
        sheet.createFreezePane(0, rowIndex + 1);
        return row;
    }

    /**
     * A text cell. Text a spreadsheet could take for a formula (= + - @, or a leading tab or CR) gets the
     * quote-prefix style: shown and kept as text, the stored value unchanged, so an import reads it back as is.
     */
    public void text(Row row, int col, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        if (looksLikeFormula(value)) {
            cell.setCellStyle(protectedText);
        }
    }

    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    void number(Row row, int col, double value, @Nullable CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Money in whole units shows without decimals; money with cents keeps them. */
    CellStyle moneyStyle(double value) {
        return value == Math.rint(value) ? money : decimal;
    }

    String text(String key, Object... args) {
        return ProblemFormatter.render(Message.of(key, args), locale);
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
