package org.workbench.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an .xlsx as a stream: one row in memory at a time (plus the shared strings, within bounds). Shared strings and styles are
 * small parts and go through POI's readers; the worksheets, which hold nearly all the bytes, through
 * {@link WorksheetScanner}, or POI's hardened SAX parser for a worksheet in another encoding than UTF-8.
 */
final class XlsxReader {
    private XlsxReader() {}

    static void read(Path file, RowSink sink)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
        ZipGuard.install();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new BoundedSharedStrings(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (!sink.startSheet(sheets.getSheetName())) {
                        continue;
                    }
                    SheetCells cells = new SheetCells(strings, styles, sink);
                    WorksheetScanner scanner = new WorksheetScanner(sheet, cells);
                    if (!scanner.scan()) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XlsxSheetHandler(cells));
                        parser.parse(new InputSource(scanner.rest()));
                    }
                    sink.endSheet();
                }
            }
        }
    }
}
