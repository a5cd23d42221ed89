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
 * sizes, declared ratio); POI's {@link ZipSecureFile} limits, tightened here, then check the real bytes while
 * they are inflated, which catches a directory that lies.
 */
final class ZipGuard {
    static final int MAX_ENTRIES = 500;
    static final long MAX_ENTRY_BYTES = 1L << 30;
    static final long MAX_TOTAL_BYTES = 2L << 30;
    /** Compressed / uncompressed below this is refused; spreadsheets XML rarely shrinks past 1:100. */
    static final double MIN_INFLATE_RATIO = 0.005;
    /** Small entries may compress as well as they like. */
    static final long GRACE_BYTES = 1L << 20;

    static {
        // POI's limits are JVM-wide: every POI use in the application gets these tighter ones.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setGraceEntrySize(GRACE_BYTES);
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
