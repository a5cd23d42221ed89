package org.workbench.importers;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * POI's shared-strings table, which keeps every string in memory, with bounds on what it keeps: the inflated bytes
 * of the part, the number of strings (also as declared, which POI would size its list by) and their total length.
 * Past any of them reading stops with {@link TooLarge}.
 */
final class BoundedSharedStrings extends ReadOnlySharedStringsTable {
    // No initialisers: POI reads the part inside its constructor, before they would run (and reset the counts).
    private int seen;
    private long chars;

    BoundedSharedStrings(OPCPackage pkg) throws IOException, SAXException {
        super(pkg, false);
    }

    /** The shared strings are beyond what a scenario workbook could need. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("shared strings beyond the limits", null, false, false);
        }
    }

    @Override
    public void readFrom(InputStream is) throws IOException, SAXException {
        super.readFrom(new Bounded(is));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if ("sst".equals(localName)) {
            String declared = attributes.getValue("uniqueCount");
            if (declared != null && declared.length() > 9
                    || declared != null && Long.parseLong(declared.strip()) > ZipGuard.MAX_SHARED_STRINGS) {
                throw new TooLarge();
            }
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if ("si".equals(localName) && ++seen > ZipGuard.MAX_SHARED_STRINGS) {
            throw new TooLarge();
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        chars += length;
        if (chars > ZipGuard.MAX_SHARED_STRING_CHARS) {
            throw new TooLarge();
        }
        super.characters(ch, start, length);
    }

    /** Stops at the part's byte limit, whatever the archive's directory claimed. */
    private static final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > ZipGuard.MAX_SHARED_STRINGS_BYTES) {
                throw new TooLarge();
            }
        }
    }
}
