package org.workbench.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What a file really is, told by its first bytes rather than its name. */
enum FileKind {
    ZIP("zip"),
    OLE2("ole2"),
    TEXT("text"),
    PDF("pdf"),
    EMPTY("empty"),
    BINARY("binary");

    private static final int SNIFF_BYTES = 4096;

    private final String key;

    FileKind(String key) {
        this.key = key;
    }

    /** The message key part naming this kind ("kind.zip" ...). */
    String messageKey() {
        return "kind." + key;
    }

    static FileKind sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length == 0) {
            return EMPTY;
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            return ZIP;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        return looksLikeText(head) ? TEXT : BINARY;
    }

    /** Text has no NUL and few control characters; UTF-16 files (with NULs) are not accepted as CSV. */
    private static boolean looksLikeText(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control * 100 <= head.length;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case extension of a file name without the dot ("xlsx"), if it has one. */
    static Optional<String> extension(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The kind of content a format's files hold. */
    static Optional<FileKind> expectedFor(String extension) {
        return switch (extension) {
            case "xlsx" -> Optional.of(ZIP);
            case "xls" -> Optional.of(OLE2);
            case "csv" -> Optional.of(TEXT);
            default -> Optional.empty();
        };
    }
}
