package org.workbench.importers;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a .csv as one sheet. The encoding is UTF-8 (with or without BOM) when the whole file decodes strictly
 * as UTF-8, else GB18030 when it decodes strictly as that; anything else is refused.
 */
final class CsvReader {
    static final Charset GB18030 = Charset.forName("GB18030");
    /** A record longer than this is refused while it is read, so one endless quoted field cannot fill memory. */
    static final int MAX_RECORD_CHARS = 1_000_000;

    private CsvReader() {}

    /** Thrown when the text decodes in none of the accepted encodings. */
    static final class UnknownEncoding extends IOException {
        UnknownEncoding() {
            super("neither UTF-8 nor GB18030");
        }
    }

    /** Thrown when one record passes {@link #MAX_RECORD_CHARS}. */
    static final class RecordTooLong extends IOException {
        RecordTooLong() {
            super("record longer than " + MAX_RECORD_CHARS + " characters");
        }
    }

    /** The sheet a .csv carries by its name's last part: "2026-plan-Incentives.csv" carries Incentives. */
    static Optional<SheetRole> sheetOf(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String[] parts = base.split("[-_.\\s]+");
        Optional<SheetRole> role = parts.length == 0
                ? Optional.empty()
                : SheetRole.of(parts[parts.length - 1]).filter(SheetRole::input);
        return role.isPresent() ? role : SheetRole.of(base).filter(SheetRole::input);
    }

    static Charset detect(Path file) throws IOException {
        if (decodes(file, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodes(file, GB18030)) {
            return GB18030;
        }
        throw new UnknownEncoding();
    }

    private static boolean decodes(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            out.clear();
            return !decoder.flush(out).isError();
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static void read(Path file, String sheetName, RowSink sink) throws IOException {
        Charset charset = detect(file);
        if (!sink.startSheet(sheetName)) {
            return;
        }
        char delimiter = delimiter(file, charset);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setAllowMissingColumnNames(true)
                .get();
        try (Reader reader = new RecordGuard(
                        new BufferedReader(new InputStreamReader(Files.newInputStream(file), strict(charset))));
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<CellValue> cells = new ArrayList<>();
            for (CSVRecord record : parser) {
                cells.clear();
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i);
                    if (i == 0 && record.getRecordNumber() == 1 && value.startsWith("\uFEFF")) {
                        value = value.substring(1);
                    }
                    if (!value.isEmpty()) {
                        cells.add(CellValue.text(i, unprotect(value)));
                    }
                }
                sink.row((int) Math.min(Integer.MAX_VALUE, record.getRecordNumber()), cells);
            }
        } catch (CharacterCodingException e) {
            throw new UnknownEncoding();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        sink.endSheet();
    }

    /**
     * A leading apostrophe before = + - @ (or a tab or CR) is the usual guard against formula injection in CSV;
     * the value is the text after it.
     */
    static String unprotect(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    /** Comma, unless the first line has more semicolons or tabs (as some locales' spreadsheets write). */
    private static char delimiter(Path file, Charset charset) throws IOException {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(Files.newInputStream(file), strict(charset)))) {
            char[] buffer = new char[8192];
            int n = reader.read(buffer);
            if (n <= 0) {
                return ',';
            }
            int commas = 0;
            int semicolons = 0;
            int tabs = 0;
            for (int i = 0; i < n && buffer[i] != '\n'; i++) {
                switch (buffer[i]) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {}
                }
            }
            if (tabs > commas && tabs >= semicolons) {
                return '\t';
            }
            return semicolons > commas ? ';' : ',';
        }
    }

    /** Counts the characters of the current record (newlines inside quotes do not end it). */
    private static final class RecordGuard extends FilterReader {
        private boolean quoted;
        private int length;

        RecordGuard(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                see((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            int n = super.read(buffer, offset, count);
            for (int i = 0; i < n; i++) {
                see(buffer[offset + i]);
            }
            return n;
        }

        private void see(char c) throws RecordTooLong {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                length = 0;
                return;
            }
            if (++length > MAX_RECORD_CHARS) {
                throw new RecordTooLong();
            }
        }
    }
}
