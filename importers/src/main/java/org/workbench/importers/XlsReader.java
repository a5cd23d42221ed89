package org.workbench.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads an Excel 97-2003 workbook with HSSF. HSSF holds the whole file in memory, which the caller bounds by
 * refusing large files before this runs.
 */
final class XlsReader {
    private XlsReader() {}

    static void read(Path file, RowSink sink) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
            List<CellValue> cells = new ArrayList<>();
            for (Sheet sheet : workbook) {
                if (!sink.startSheet(sheet.getSheetName())) {
                    continue;
                }
                for (Row row : sheet) {
                    cells.clear();
                    for (Cell cell : row) {
                        CellValue value = convert(cell);
                        if (value != null) {
                            cells.add(value);
                        }
                    }
                    sink.row(row.getRowNum() + 1, cells);
                }
                sink.endSheet();
            }
        }
    }

    private static @Nullable CellValue convert(Cell cell) {
        int col = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> CellValue.number(col, cell.getNumericCellValue(), format(cell.getCellStyle()));
            case STRING -> {
                String text = cell.getRichStringCellValue().getString();
                yield text.isEmpty() ? null : CellValue.text(col, text);
            }
            case BOOLEAN ->
                new CellValue(
                        col,
                        CellValue.Kind.BOOLEAN,
                        cell.getBooleanCellValue() ? "TRUE" : "FALSE",
                        Double.NaN,
                        CellValue.Format.GENERAL);
            case ERROR ->
                new CellValue(
                        col,
                        CellValue.Kind.ERROR,
                        errorText(cell.getErrorCellValue()),
                        Double.NaN,
                        CellValue.Format.GENERAL);
            default -> null;
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }

    private static CellValue.Format format(@Nullable CellStyle style) {
        if (style == null) {
            return CellValue.Format.GENERAL;
        }
        return SheetCells.classify(style.getDataFormat(), style.getDataFormatString());
    }
}
