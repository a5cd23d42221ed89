package org.workbench.importers;

import static org.workbench.importers.WorksheetCodes.ABSENT;
import static org.workbench.importers.WorksheetCodes.CELL;
import static org.workbench.importers.WorksheetCodes.FORMULA;
import static org.workbench.importers.WorksheetCodes.PHONETIC;
import static org.workbench.importers.WorksheetCodes.ROW;
import static org.workbench.importers.WorksheetCodes.TEXT;
import static org.workbench.importers.WorksheetCodes.UNUSABLE;
import static org.workbench.importers.WorksheetCodes.VALUE;

import java.io.IOException;
import java.io.InputStream;
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
final class WorksheetScanner extends WorksheetBytes {
    /** Deeper nesting than any worksheet has (about 8 levels): refused rather than tracked. */
    static final int MAX_DEPTH = 256;
    /** Longer element or attribute names than any in SpreadsheetML. */
    static final int MAX_NAME = 256;
    /** Bytes kept of an r, t or s attribute: longer values are no reference, type or style. */
    private static final int KEPT_ATTRIBUTE = 24;

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private static final int R = 0;
    private static final int T = 1;
    private static final int S = 2;

    private int depth;
    private int[] kinds = new int[16];
    private int[] nameEnds = new int[16];
    private byte[] names = new byte[512];

    private final byte[][] kept = new byte[3][KEPT_ATTRIBUTE];
    private final int[] keptLength = new int[3];

    private boolean rootClosed;
    private boolean inCell;
    private boolean inValue;
    private boolean inText;
    private boolean inPhonetic;

    WorksheetScanner(InputStream in, SheetCells cells) {
        super(in, cells);
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
            cdata(inValue || inText);
        } else if (b == 'D') {
            // a DOCTYPE could declare entities (expansion bombs, external files): never read one
            throw new MalformedSheet("DOCTYPE is not allowed in a worksheet");
        } else {
            throw malformed("unknown markup <!");
        }
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
        int kind = WorksheetCodes.kind(names, localStart, end);
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
        return WorksheetCodes.rowNumber(kept[R], keptLength[R]);
    }

    private int column() {
        return WorksheetCodes.column(kept[R], keptLength[R]);
    }

    private int typeCode() {
        return WorksheetCodes.typeCode(kept[T], keptLength[T]);
    }

    private int style() {
        return WorksheetCodes.style(kept[S], keptLength[S]);
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
}
