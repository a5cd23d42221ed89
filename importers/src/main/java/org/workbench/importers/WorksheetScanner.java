package org.workbench.importers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one worksheet part ({@code xl/worksheets/sheetN.xml}) straight from its bytes, and recognises only what a
 * worksheet's cells need: {@code <row r>}, {@code <c r t s>}, {@code <v>}, {@code <f>}, {@code <t>} (inline and rich text, not
 * phonetic runs). Everything else is checked for being well formed and skipped.
 *
 * <p>Why not a general XML parser: on a large sheet the parser's own work was about two thirds of the import, for
 * features a worksheet never uses. Why this is safe: it refuses any DOCTYPE, so no entity can be declared, and only
 * the five predefined entities and character references are understood (nothing is ever expanded, fetched or
 * resolved); it builds no tree and keeps one bounded buffer, one row, the cell text up to Excel's limit and a
 * bounded element stack; every loop consumes input, so a file ends in a result or a {@link MalformedSheet}.
 *
 * <p>Markup is ASCII, so it is matched on bytes; only the text that is kept is decoded (strict UTF-8). A part that
 * declares another encoding is declined before anything is consumed, and is read by the SAX fallback.
 */
final class WorksheetScanner {
    /** Deeper nesting than any worksheet has (about 8 levels): refused rather than tracked. */
    static final int MAX_DEPTH = 256;
    /** Longer element or attribute names than any in SpreadsheetML. */
    static final int MAX_NAME = 256;
    /** Bytes kept of an r, t or s attribute: longer values are no reference, type or style. */
    private static final int KEPT_ATTRIBUTE = 24;

    private static final int OTHER = 0;
    private static final int ROW = 1;
    private static final int CELL = 2;
    private static final int VALUE = 3;
    private static final int TEXT = 4;
    private static final int PHONETIC = 5;
    private static final int FORMULA = 6;

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private static final byte[] INLINE_STR = "inlineStr".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STR = "str".getBytes(StandardCharsets.US_ASCII);

    private static final int R = 0;
    private static final int T = 1;
    private static final int S = 2;
    private static final int ABSENT = -1;
    private static final int UNUSABLE = -2;

    /** Thrown for a part that is not a well-formed worksheet, or that holds a DOCTYPE. */
    static final class MalformedSheet extends IOException {
        MalformedSheet(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final SheetCells cells;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long consumed;

    private int depth;
    private int[] kinds = new int[16];
    private int[] nameEnds = new int[16];
    private byte[] names = new byte[512];

    private final byte[][] kept = new byte[3][KEPT_ATTRIBUTE];
    private final int[] keptLength = new int[3];
    private final byte[] referenceName = new byte[12];

    private boolean rootClosed;
    private boolean inCell;
    private boolean inValue;
    private boolean inText;
    private boolean inPhonetic;

    WorksheetScanner(InputStream in, SheetCells cells) {
        this.in = in;
        this.cells = cells;
    }

    /**
     * Reads the whole part into {@code cells}.
     *
     * @return false when the part declares an encoding other than UTF-8 and nothing was read: {@link #rest()} then
     *     gives its bytes to another parser
     */
    boolean scan() throws IOException {
        while (limit < 512 && fillMore()) {
            // the prolog, to decide whether this part is ours
        }
        if (!utf8(buf, limit)) {
            return false;
        }
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
        content();
        if (depth != 0 || !rootClosed) {
            throw malformed("the part ends before its root element does");
        }
        return true;
    }

    /** The part's bytes as they were before {@link #scan()} declined it. */
    InputStream rest() {
        return new SequenceInputStream(new ByteArrayInputStream(buf, 0, limit), in);
    }

    /** Whether a part's first bytes say UTF-8: no UTF-16/32 sign, and no other encoding declared. */
    static boolean utf8(byte[] head, int length) {
        if (length >= 2 && (head[0] == 0 || head[1] == 0 || (head[0] & 0xFF) >= 0xFE)) {
            return false;
        }
        String start = new String(head, 0, Math.min(length, 512), StandardCharsets.ISO_8859_1);
        if (!start.startsWith("<?xml") && !start.startsWith("\u00EF\u00BB\u00BF<?xml")) {
            return true;
        }
        int end = start.indexOf("?>");
        Matcher declared = ENCODING.matcher(end < 0 ? start : start.substring(0, end));
        if (!declared.find()) {
            return true;
        }
        String name = declared.group(1).toUpperCase(Locale.ROOT);
        return name.equals("UTF-8") || name.equals("UTF8") || name.equals("US-ASCII") || name.equals("ASCII");
    }

    private void content() throws IOException {
        while (true) {
            if (pos == limit && !fill()) {
                return;
            }
            int b = buf[pos++];
            if (b == '<') {
                markup();
            } else if (b == '&') {
                if (depth == 0) {
                    throw malformed("a reference outside the root element");
                }
                reference(inValue || inText);
            } else if (inValue || inText) {
                text(b);
            } else if (depth == 0 && !whitespace(b)) {
                throw malformed("text outside the root element");
            }
        }
    }

    /** One byte of kept text, then the run of plain ASCII after it without a call per byte. */
    private void text(int b) throws IOException {
        keep(b);
        while (pos < limit) {
            int c = buf[pos];
            if (c == '<' || c == '&') {
                return;
            }
            if (c < 0x20) {
                // control characters, line ends, and (negative) the bytes of a multi-byte sequence
                pos++;
                keep(c);
            } else {
                pos++;
                cells.append((char) c);
            }
        }
    }

    /** Decodes one character of kept text starting with byte b (strict UTF-8, XML's line ends and characters). */
    private void keep(int b) throws IOException {
        if (b >= 0x20) {
            cells.append((char) b);
        } else if (b == '\r') {
            cells.append('\n');
            if ((pos < limit || fill()) && buf[pos] == '\n') {
                pos++;
            }
        } else if (b == '\n' || b == '\t') {
            cells.append((char) b);
        } else if (b >= 0) {
            throw malformed("a control character in text");
        } else {
            int b0 = b & 0xFF;
            int cp;
            if (b0 >= 0xC2 && b0 < 0xE0) {
                cp = (b0 & 0x1F) << 6 | continuation();
            } else if (b0 >= 0xE0 && b0 < 0xF0) {
                cp = (b0 & 0x0F) << 12 | continuation() << 6 | continuation();
                if (cp < 0x800 || cp >= 0xD800 && cp < 0xE000 || cp == 0xFFFE || cp == 0xFFFF) {
                    throw malformed("bad UTF-8");
                }
            } else if (b0 >= 0xF0 && b0 < 0xF5) {
                cp = (b0 & 0x07) << 18 | continuation() << 12 | continuation() << 6 | continuation();
                if (cp < 0x10000 || cp > 0x10FFFF) {
                    throw malformed("bad UTF-8");
                }
            } else {
                throw malformed("bad UTF-8");
            }
            codePoint(cp);
        }
    }

    private int continuation() throws IOException {
        int b = next();
        if ((b & 0xC0) != 0x80) {
            throw malformed("bad UTF-8");
        }
        return b & 0x3F;
    }

    private void codePoint(int cp) {
        if (cp < 0x10000) {
            cells.append((char) cp);
        } else {
            cells.append(Character.highSurrogate(cp));
            cells.append(Character.lowSurrogate(cp));
        }
    }

    /** After a '<'. */
    private void markup() throws IOException {
        int b = next();
        switch (b) {
            case '/' -> endTag();
            case '?' -> processingInstruction();
            case '!' -> declarationOrSection();
            default -> startTag(b);
        }
    }

    private void processingInstruction() throws IOException {
        boolean question = false;
        while (true) {
            int b = next();
            if (b == '>' && question) {
                return;
            }
            question = b == '?';
        }
    }

    private void declarationOrSection() throws IOException {
        int b = next();
        if (b == '-') {
            expect('-');
            comment();
        } else if (b == '[') {
            for (char c : "CDATA[".toCharArray()) {
                expect(c);
            }
            if (depth == 0) {
                throw malformed("CDATA outside the root element");
            }
            cdata();
        } else if (b == 'D') {
            // a DOCTYPE could declare entities (expansion bombs, external files): never read one
            throw new MalformedSheet("DOCTYPE is not allowed in a worksheet");
        } else {
            throw malformed("unknown markup <!");
        }
    }

    private void comment() throws IOException {
        int dashes = 0;
        while (true) {
            int b = next();
            if (b == '>' && dashes >= 2) {
                return;
            }
            dashes = b == '-' ? dashes + 1 : 0;
        }
    }

    private void cdata() throws IOException {
        boolean keepText = inValue || inText;
        int brackets = 0;
        while (true) {
            int b = next();
            if (b == ']') {
                brackets++;
                continue;
            }
            if (b == '>' && brackets >= 2) {
                keepBrackets(keepText, brackets - 2);
                return;
            }
            keepBrackets(keepText, brackets);
            brackets = 0;
            if (keepText) {
                keep(b);
            }
        }
    }

    private void keepBrackets(boolean keepText, int brackets) {
        if (keepText) {
            for (int i = 0; i < brackets; i++) {
                cells.append(']');
            }
        }
    }

    /** After '&': one of the five predefined entities or a character reference; nothing else exists here. */
    private void reference(boolean keepText) throws IOException {
        int cp = referencedCharacter();
        if (keepText) {
            codePoint(cp);
        }
    }

    private int referencedCharacter() throws IOException {
        byte[] name = referenceName;
        int length = 0;
        int b;
        while ((b = next()) != ';') {
            if (length == name.length) {
                throw malformed("unknown entity");
            }
            name[length++] = (byte) b;
        }
        if (length > 1 && name[0] == '#') {
            int cp = 0;
            boolean hex = name[1] == 'x';
            int from = hex ? 2 : 1;
            if (from == length) {
                throw malformed("empty character reference");
            }
            for (int i = from; i < length; i++) {
                int digit = Character.digit(name[i], hex ? 16 : 10);
                if (digit < 0 || cp > 0x10FFFF) {
                    throw malformed("bad character reference");
                }
                cp = cp * (hex ? 16 : 10) + digit;
            }
            boolean legal = cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || cp >= 0x20 && cp < 0xD800
                    || cp >= 0xE000 && cp < 0xFFFE
                    || cp >= 0x10000 && cp <= 0x10FFFF;
            if (!legal) {
                throw malformed("a character reference to an illegal character");
            }
            return cp;
        }
        String entity = new String(name, 0, length, StandardCharsets.ISO_8859_1);
        return switch (entity) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> throw malformed("unknown entity");
        };
    }

    private void startTag(int first) throws IOException {
        if (rootClosed) {
            throw malformed("a second root element");
        }
        if (depth == MAX_DEPTH) {
            throw malformed("elements nested too deep");
        }
        int nameStart = depth == 0 ? 0 : nameEnds[depth - 1];
        int b = first;
        int localStart = nameStart;
        int end = nameStart;
        while (!whitespace(b) && b != '>' && b != '/') {
            if (!nameByte(b) || end - nameStart == MAX_NAME) {
                throw malformed("a bad element name");
            }
            if (end == names.length) {
                names = Arrays.copyOf(names, names.length * 2);
            }
            names[end++] = (byte) b;
            if (b == ':') {
                localStart = end;
            }
            b = next();
        }
        if (end == nameStart) {
            throw malformed("an element without a name");
        }
        int kind = kind(names, localStart, end);
        push(kind, end);
        boolean wanted = kind == ROW || kind == CELL;
        keptLength[R] = ABSENT;
        keptLength[T] = ABSENT;
        keptLength[S] = ABSENT;
        boolean selfClosing = false;
        while (true) {
            while (whitespace(b)) {
                b = next();
            }
            if (b == '>') {
                break;
            }
            if (b == '/') {
                expect('>');
                selfClosing = true;
                break;
            }
            b = attribute(b, wanted);
        }
        start(kind);
        if (selfClosing) {
            end(kind);
            pop();
        }
    }

    /** Reads one attribute whose name starts with {@code first}; returns the byte after its value. */
    private int attribute(int first, boolean wanted) throws IOException {
        int b = first;
        int nameLength = 0;
        int single = -1;
        while (b != '=' && !whitespace(b)) {
            if (!nameByte(b) || ++nameLength > MAX_NAME) {
                throw malformed("a bad attribute name");
            }
            single = nameLength == 1 ? b : -1;
            b = next();
        }
        while (whitespace(b)) {
            b = next();
        }
        if (b != '=' || nameLength == 0) {
            throw malformed("an attribute without a value");
        }
        int quote = next();
        while (whitespace(quote)) {
            quote = next();
        }
        if (quote != '"' && quote != '\'') {
            throw malformed("an unquoted attribute value");
        }
        // only an unprefixed r, t or s of a row or cell is kept, as before (a prefixed x:r is not r)
        int target = !wanted ? -1 : single == 'r' ? R : single == 't' ? T : single == 's' ? S : -1;
        int slot = target;
        int length = 0;
        while ((b = next()) != quote) {
            if (b == '<') {
                throw malformed("'<' in an attribute value");
            }
            int c = b;
            if (b == '&') {
                c = referencedCharacter();
            } else if (b == '\t' || b == '\n' || b == '\r') {
                c = ' ';
            }
            if (slot >= 0) {
                if (c > 0x7F || c < 0 || length == KEPT_ATTRIBUTE) {
                    length = UNUSABLE;
                    slot = -1;
                } else {
                    kept[slot][length++] = (byte) c;
                }
            }
        }
        if (target >= 0) {
            keptLength[target] = length;
        }
        return next();
    }

    private void endTag() throws IOException {
        if (depth == 0) {
            throw malformed("an end tag without a start tag");
        }
        int nameStart = depth == 1 ? 0 : nameEnds[depth - 2];
        int nameEnd = nameEnds[depth - 1];
        int i = nameStart;
        int b = next();
        while (!whitespace(b) && b != '>') {
            if (i == nameEnd || names[i] != (byte) b) {
                throw malformed("an end tag that does not match its start tag");
            }
            i++;
            b = next();
        }
        if (i != nameEnd) {
            throw malformed("an end tag that does not match its start tag");
        }
        while (whitespace(b)) {
            b = next();
        }
        if (b != '>') {
            throw malformed("a bad end tag");
        }
        end(kinds[depth - 1]);
        pop();
    }

    private void start(int kind) {
        switch (kind) {
            case ROW -> cells.startRow(keptLength[R] == ABSENT ? SheetCells.NEXT_ROW : rowNumber());
            case CELL -> {
                cells.startCell(column(), typeCode(), style());
                inCell = true;
            }
            case VALUE -> {
                inValue = inCell;
                if (inCell) {
                    cells.valueStarted();
                }
            }
            // the formula's text is kept like a value's, then put aside when it ends (see SheetCells#endFormula)
            case FORMULA -> inValue = inCell && cells.startFormula();
            case TEXT -> inText = inCell && !inPhonetic;
            case PHONETIC -> inPhonetic = true;
            default -> {}
        }
    }

    private void end(int kind) {
        switch (kind) {
            case VALUE -> inValue = false;
            case FORMULA -> {
                if (inCell) {
                    cells.endFormula();
                }
                inValue = false;
            }
            case TEXT -> inText = false;
            case PHONETIC -> inPhonetic = false;
            case CELL -> {
                inCell = false;
                cells.endCell();
            }
            case ROW -> cells.endRow();
            default -> {}
        }
    }

    private int rowNumber() {
        int n = index(R);
        return n < 1 ? 0 : n;
    }

    /** As {@link CellRefs#columnOf}: the leading letters, or -1. */
    private int column() {
        int length = keptLength[R];
        if (length == ABSENT) {
            return SheetCells.NEXT_COLUMN;
        }
        byte[] ref = kept[R];
        int col = 0;
        int i = 0;
        for (; i < Math.max(length, 0); i++) {
            int c = ref[i];
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (col > CellRefs.MAX_COLUMNS) {
                return -1;
            }
        }
        return i == 0 ? -1 : col - 1;
    }

    private int typeCode() {
        int length = keptLength[T];
        if (length == ABSENT) {
            return SheetCells.NUMBER;
        }
        if (length == UNUSABLE) {
            return SheetCells.OTHER;
        }
        byte[] t = kept[T];
        if (length == 1) {
            return switch (t[0]) {
                case 'n' -> SheetCells.NUMBER;
                case 's' -> SheetCells.SHARED;
                case 'b' -> SheetCells.BOOLEAN;
                case 'e' -> SheetCells.ERROR;
                case 'd' -> SheetCells.DATE;
                default -> SheetCells.OTHER;
            };
        }
        return is(t, length, INLINE_STR)
                ? SheetCells.INLINE
                : is(t, length, STR) ? SheetCells.FORMULA_TEXT : SheetCells.OTHER;
    }

    private static boolean is(byte[] value, int length, byte[] wanted) {
        return length == wanted.length && Arrays.equals(value, 0, length, wanted, 0, length);
    }

    private int style() {
        return keptLength[S] == ABSENT ? SheetCells.NO_STYLE : index(S);
    }

    /** As {@link SheetCells#parseIndex}, on a kept attribute. */
    private int index(int slot) {
        int length = keptLength[slot];
        if (length <= 0 || length > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < length; i++) {
            int c = kept[slot][i];
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static int kind(byte[] name, int from, int to) {
        int length = to - from;
        if (length == 1) {
            return switch (name[from]) {
                case 'c' -> CELL;
                case 'v' -> VALUE;
                case 'f' -> FORMULA;
                case 't' -> TEXT;
                default -> OTHER;
            };
        }
        if (length == 3) {
            if (name[from] == 'r' && name[from + 1] == 'o' && name[from + 2] == 'w') {
                return ROW;
            }
            if (name[from] == 'r' && name[from + 1] == 'P' && name[from + 2] == 'h') {
                return PHONETIC;
            }
        }
        return OTHER;
    }

    private void push(int kind, int nameEnd) {
        if (depth == kinds.length) {
            kinds = Arrays.copyOf(kinds, depth * 2);
            nameEnds = Arrays.copyOf(nameEnds, depth * 2);
        }
        kinds[depth] = kind;
        nameEnds[depth] = nameEnd;
        depth++;
    }

    private void pop() {
        depth--;
        if (depth == 0) {
            rootClosed = true;
        }
    }

    private static boolean whitespace(int b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** Bytes that may stand in a name: not markup, quotes, whitespace or control characters (UTF-8 is let through). */
    private static boolean nameByte(int b) {
        return b < 0 || b > ' ' && b != '<' && b != '>' && b != '/' && b != '=' && b != '"' && b != '\'' && b != '&';
    }

    private void expect(char wanted) throws IOException {
        if (next() != wanted) {
            throw malformed("unexpected markup");
        }
    }

    /** The next byte (negative above 0x7F); the end of the part here is malformed. */
    private int next() throws IOException {
        if (pos == limit && !fill()) {
            throw malformed("the part ends inside markup");
        }
        return buf[pos++];
    }

    private boolean fill() throws IOException {
        consumed += limit;
        pos = 0;
        limit = 0;
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            // read() never returns 0 for a non-empty buffer; treat it as the end rather than loop
            return false;
        }
        limit = n;
        return true;
    }

    /** Reads more into the buffer without discarding what is there (for the prolog only). */
    private boolean fillMore() throws IOException {
        int n = in.read(buf, limit, buf.length - limit);
        if (n <= 0) {
            return false;
        }
        limit += n;
        return true;
    }

    private MalformedSheet malformed(String what) {
        return new MalformedSheet("malformed worksheet XML near byte " + (consumed + pos) + ": " + what);
    }
}
