package org.workbench.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.jspecify.annotations.Nullable;

/**
 * Zip-bomb defence for .xlsx. The central directory is checked before anything is inflated (entry count, declared
 * sizes, declared ratio, the shared-strings part's size); POI's {@link ZipSecureFile} limits then check the real bytes
 * while they are inflated, which catches a directory that lies. POI's limits are JVM-wide, so they are only ever
 * made stricter than POI's defaults here, never looser; {@link BoundedSharedStrings} bounds the one part the reader
 * keeps in memory.
 */
final class ZipGuard {
    static final int MAX_ENTRIES = 500;
    static final long MAX_ENTRY_BYTES = 1L << 30;
    static final long MAX_TOTAL_BYTES = 2L << 30;
    /** Compressed / uncompressed below this is refused (POI's default); spreadsheet XML rarely shrinks past 1:100. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Entries up to this may compress as well as they like (POI's default). */
    static final long GRACE_BYTES = 100 * 1024;
    /** The shared strings live in memory while a file is read: their part, their number and their total length. */
    static final long MAX_SHARED_STRINGS_BYTES = 32L << 20;

    static final int MAX_SHARED_STRINGS = 200_000;
    static final long MAX_SHARED_STRING_CHARS = 8_000_000;

    static {
        // POI's limits are JVM-wide: every POI use in the application gets these, POI's defaults or stricter.
        ZipSecureFile.setMinInflateRatio(Math.max(MIN_INFLATE_RATIO, ZipSecureFile.getMinInflateRatio()));
        ZipSecureFile.setMaxEntrySize(Math.min(MAX_ENTRY_BYTES, ZipSecureFile.getMaxEntrySize()));
        ZipSecureFile.setMaxFileCount(Math.min(MAX_ENTRIES, ZipSecureFile.getMaxFileCount()));
        ZipSecureFile.setGraceEntrySize(Math.min(GRACE_BYTES, ZipSecureFile.getGraceEntrySize()));
    }

    private ZipGuard() {}

    /** Makes sure the static limits are in force before POI opens anything. */
    static void install() {
        // the static initialiser does the work
    }

    /** @return why the archive is refused, or null when its directory looks sane */
    static @Nullable Message check(Path file) throws IOException {
        install();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int count = 0;
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    return Message.of("problem.file.zipBomb");
                }
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size > MAX_ENTRY_BYTES) {
                    return Message.of("problem.file.zipBomb");
                }
                if (size > MAX_SHARED_STRINGS_BYTES
                        && entry.getName().toLowerCase(java.util.Locale.ROOT).contains("sharedstrings")) {
                    return Message.of("problem.file.sharedStrings");
                }
                total += Math.max(0, size);
                if (total > MAX_TOTAL_BYTES) {
                    return Message.of("problem.file.zipBomb");
                }
                if (size > GRACE_BYTES && compressed >= 0 && (double) compressed / size < MIN_INFLATE_RATIO) {
                    return Message.of("problem.file.zipBomb");
                }
            }
            return null;
        }
    }
}
