package org.workbench.importers;

import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part, the fallback for sheets {@link WorksheetScanner} does not take (an encoding
 * other than UTF-8): finds {@code <row>/<c>} elements and their text, and leaves the cells to {@link SheetCells}.
 */
final class XlsxSheetHandler extends DefaultHandler {
    private final SheetCells cells;

    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    private boolean inCell;

    XlsxSheetHandler(SheetCells cells) {
        this.cells = cells;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "row" -> {
                String r = attribute(attributes, 'r');
                cells.startRow(r == null ? SheetCells.NEXT_ROW : SheetCells.rowNumberOf(r));
            }
            case "c" -> startCell(attributes);
            case "v" -> {
                inValue = inCell;
                if (inCell) {
                    cells.valueStarted();
                }
            }
            case "f" -> inValue = inCell && cells.startFormula();
            case "t" -> inInlineText = inCell && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {}
        }
    }

    /**
     * Reads r, t and s in one pass over the attributes: a cell has few, and looking each up by name scans them. Names
     * compare as qualified names, as {@code Attributes.getValue(String)} does, so a prefixed x:r is not r.
     */
    private void startCell(Attributes attributes) {
        String r = null;
        String s = null;
        String t = null;
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            String attributeName = attributes.getQName(i);
            if (attributeName.length() == 1) {
                switch (attributeName.charAt(0)) {
                    case 'r' -> r = attributes.getValue(i);
                    case 't' -> t = attributes.getValue(i);
                    case 's' -> s = attributes.getValue(i);
                    default -> {}
                }
            }
        }
        cells.startCell(
                r == null ? SheetCells.NEXT_COLUMN : CellRefs.columnOf(r),
                SheetCells.typeCode(t),
                s == null ? SheetCells.NO_STYLE : SheetCells.parseIndex(s));
        inCell = true;
    }

    private static @Nullable String attribute(Attributes attributes, char wanted) {
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            String attributeName = attributes.getQName(i);
            if (attributeName.length() == 1 && attributeName.charAt(0) == wanted) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "v" -> inValue = false;
            case "f" -> {
                if (inCell) {
                    cells.endFormula();
                }
                inValue = false;
            }
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                inCell = false;
                cells.endCell();
            }
            case "row" -> cells.endRow();
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            cells.append(ch, start, length);
        }
    }

    private static String name(String localName, String qName) {
        if (!localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
