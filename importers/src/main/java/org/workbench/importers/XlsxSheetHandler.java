package org.workbench.importers;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part: turns {@code <row>/<c>} elements into {@link CellValue}s and hands each row
 * to the sink. Keeps only the current row; text is capped at Excel's cell limit while it is read, so a giant
 * cell costs no more memory than a legal one.
 */
final class XlsxSheetHandler extends DefaultHandler {
    private final SharedStrings strings;
    private final @Nullable StylesTable styles;
    private final RowSink sink;
    private final List<CellValue> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private CellValue.Format[] formatByStyle = new CellValue.Format[0];

    private int rowNumber;
    private int column;
    private int lastColumn;
    private @Nullable String type;
    private int style;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    private boolean inCell;
    private long textLength;

    XlsxSheetHandler(SharedStrings strings, @Nullable StylesTable styles, RowSink sink) {
        this.strings = strings;
        this.styles = styles;
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (name(localName, qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : parseRow(r);
                lastColumn = -1;
                cells.clear();
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? lastColumn + 1 : CellRefs.columnOf(r);
                lastColumn = column;
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : parseInt(s);
                inCell = true;
                text.setLength(0);
                textLength = 0;
            }
            case "v" -> inValue = inCell;
            case "t" -> inInlineText = inCell && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                inCell = false;
                if (column >= 0 && (textLength > 0 || "inlineStr".equals(type))) {
                    CellValue cell = cell();
                    if (cell != null) {
                        cells.add(cell);
                    }
                }
            }
            case "row" -> {
                sink.row(rowNumber, cells);
                cells.clear();
            }
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            textLength += length;
            int room = Rule.MAX_CELL_TEXT + 1 - text.length();
            if (room > 0) {
                text.append(ch, start, Math.min(room, length));
            }
        }
    }

    private @Nullable CellValue cell() {
        if (textLength > Rule.MAX_CELL_TEXT) {
            return CellValue.tooLong(column, text, textLength);
        }
        String value = text.toString();
        if (type == null || "n".equals(type)) {
            return CellValue.number(column, parseNumber(value), value, format(style));
        }
        return switch (type) {
            case "s" -> sharedString(value);
            case "inlineStr", "str" -> CellValue.text(column, value);
            case "b" ->
                new CellValue(
                        column,
                        CellValue.Kind.BOOLEAN,
                        "1".equals(value) ? "TRUE" : "FALSE",
                        Double.NaN,
                        CellValue.Format.GENERAL);
            case "e" -> new CellValue(column, CellValue.Kind.ERROR, value, Double.NaN, CellValue.Format.GENERAL);
            case "d" -> new CellValue(column, CellValue.Kind.DATE, value, Double.NaN, CellValue.Format.DATE);
            default -> CellValue.text(column, value);
        };
    }

    private CellValue sharedString(String index) {
        int i = parseInt(index.strip());
        if (i < 0 || i >= strings.getCount()) {
            return new CellValue(column, CellValue.Kind.ERROR, "#REF!", Double.NaN, CellValue.Format.GENERAL);
        }
        String s = strings.getItemAt(i).getString();
        return CellValue.text(column, s == null ? "" : s);
    }

    /** A raw {@code <v>} number; text that is not one (a forged "NaN", "abc") becomes NaN and is refused later. */
    private static double parseNumber(String raw) {
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 40) {
            return Double.NaN;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private CellValue.Format format(int styleIndex) {
        if (styles == null || styleIndex <= 0 || styleIndex >= styles.getNumCellStyles()) {
            return CellValue.Format.GENERAL;
        }
        if (styleIndex >= formatByStyle.length) {
            formatByStyle = java.util.Arrays.copyOf(formatByStyle, Math.max(styleIndex + 1, formatByStyle.length * 2));
        }
        CellValue.Format known = formatByStyle[styleIndex];
        if (known == null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
            known = classify(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            formatByStyle[styleIndex] = known;
        }
        return known;
    }

    static CellValue.Format classify(int formatIndex, @Nullable String formatString) {
        if (formatString == null) {
            return CellValue.Format.GENERAL;
        }
        if (formatString.contains("%")) {
            return CellValue.Format.PERCENT;
        }
        return DateUtil.isADateFormat(formatIndex, formatString) ? CellValue.Format.DATE : CellValue.Format.GENERAL;
    }

    private static int parseRow(String r) {
        int n = parseInt(r);
        return n < 1 ? 0 : n;
    }

    private static int parseInt(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static String name(String localName, String qName) {
        if (!localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
