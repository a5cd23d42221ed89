package org.workbench.importers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The byte level of {@link WorksheetScanner}: the one bounded buffer over a worksheet part's stream, the strict UTF-8
 * decoding of the text that is kept, references, and the markup that is only skipped (comments, processing
 * instructions, CDATA).
 *
 * <p>A superclass rather than a collaborator on purpose: the scanner's hottest loops read {@code buf}, {@code pos} and
 * {@code limit} on every byte, and as inherited fields of the same object they cost exactly what they cost when this
 * was one class (no extra indirection, no state to hand back and forth). The methods are final, so each call binds
 * statically as the private methods did.
 */
abstract class WorksheetBytes {
    /** Thrown for a part that is not a well-formed worksheet, or that holds a DOCTYPE. */
    static final class MalformedSheet extends IOException {
        MalformedSheet(String message) {
            super(message);
        }
    }

    private final InputStream in;
    final SheetCells cells;
    final byte[] buf = new byte[1 << 16];
    int pos;
    int limit;
    private long consumed;

    private final byte[] referenceName = new byte[12];

    WorksheetBytes(InputStream in, SheetCells cells) {
        this.in = in;
        this.cells = cells;
    }

    /** The part's bytes as they were before {@link WorksheetScanner#scan()} declined it. */
    final InputStream rest() {
        return new SequenceInputStream(new ByteArrayInputStream(buf, 0, limit), in);
    }

    /** One byte of kept text, then the run of plain ASCII after it without a call per byte. */
    final void text(int b) throws IOException {
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
    final void keep(int b) throws IOException {
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

    /** After '<?'. */
    final void processingInstruction() throws IOException {
        boolean question = false;
        while (true) {
            int b = next();
            if (b == '>' && question) {
                return;
            }
            question = b == '?';
        }
    }

    /** After '<!--'. */
    final void comment() throws IOException {
        int dashes = 0;
        while (true) {
            int b = next();
            if (b == '>' && dashes >= 2) {
                return;
            }
            dashes = b == '-' ? dashes + 1 : 0;
        }
    }

    /** After '<![CDATA['. */
    final void cdata(boolean keepText) throws IOException {
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
    final void reference(boolean keepText) throws IOException {
        int cp = referencedCharacter();
        if (keepText) {
            codePoint(cp);
        }
    }

    final int referencedCharacter() throws IOException {
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

    static boolean whitespace(int b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** Bytes that may stand in a name: not markup, quotes, whitespace or control characters (UTF-8 is let through). */
    static boolean nameByte(int b) {
        return b < 0 || b > ' ' && b != '<' && b != '>' && b != '/' && b != '=' && b != '"' && b != '\'' && b != '&';
    }

    final void expect(char wanted) throws IOException {
        if (next() != wanted) {
            throw malformed("unexpected markup");
        }
    }

    /** The next byte (negative above 0x7F); the end of the part here is malformed. */
    final int next() throws IOException {
        if (pos == limit && !fill()) {
            throw malformed("the part ends inside markup");
        }
        return buf[pos++];
    }

    final boolean fill() throws IOException {
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
    final boolean fillMore() throws IOException {
        int n = in.read(buf, limit, buf.length - limit);
        if (n <= 0) {
            return false;
        }
        limit += n;
        return true;
    }

    final MalformedSheet malformed(String what) {
        return new MalformedSheet("malformed worksheet XML near byte " + (consumed + pos) + ": " + what);
    }
}
