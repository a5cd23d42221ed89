package org.workbench.importers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Rewrites parts of a zip (an .xlsx), for making damaged and hostile workbooks at test time. */
final class Zips {
    private Zips() {}

    /** The parts of a zip, in order. */
    static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }

    static Path write(Path target, Map<String, byte[]> parts) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        }
        return target;
    }

    /** A copy of {@code source} with some parts replaced or added. */
    static Path replace(Path source, Path target, Map<String, byte[]> changes) throws IOException {
        Map<String, byte[]> parts = read(source);
        parts.putAll(changes);
        return write(target, parts);
    }

    /** A copy with one part streamed from a writer, for parts too large to hold as a byte array. */
    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    static Path replaceStreamed(Path source, Path target, String name, PartWriter writer) throws IOException {
        Map<String, byte[]> parts = read(source);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals(name)) {
                    writer.write(out);
                } else {
                    out.write(part.getValue());
                }
                out.closeEntry();
            }
        }
        return target;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Makes the central directory claim a smaller uncompressed size for {@code name} than the entry really has, as a
     * zip bomb that wants to slip past a directory check would.
     */
    static void understateSize(Path zip, String name, long claimed) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] nameBytes = utf8(name);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02) {
                int nameLength = (bytes[i + 28] & 0xFF) | (bytes[i + 29] & 0xFF) << 8;
                if (nameLength == nameBytes.length
                        && new String(bytes, i + 46, nameLength, StandardCharsets.UTF_8).equals(name)) {
                    for (int b = 0; b < 4; b++) {
                        bytes[i + 24 + b] = (byte) (claimed >>> (8 * b));
                    }
                }
            }
        }
        Files.write(zip, bytes);
    }

    static byte[] bytes(OutputStreamConsumer consumer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        consumer.accept(out);
        return out.toByteArray();
    }

    interface OutputStreamConsumer {
        void accept(OutputStream out) throws IOException;
    }
}
