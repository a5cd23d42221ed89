package org.workbench.web.upload;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and places of uploads.
 *
 * @param maxFileSize the largest file accepted, checked in the browser and again while the bytes arrive
 * @param storageDir where the originals are kept, one file per SHA-256
 * @param tempDir where files wait between upload and commit; deleted after each use
 * @param parseThreads how many files are read at once, whoever uploads them
 * @param maxQueued how many readings and commits may wait for a thread; beyond that uploads are refused as busy
 * @param rejectedRetention how long the original of a rejected upload is kept; committed originals stay
 * @param maxBytesPerUser how many bytes of kept originals one user may have (each distinct file counted once)
 */
@ConfigurationProperties("workbench.upload")
public record UploadProperties(
        @Nullable DataSize maxFileSize,
        @Nullable Path storageDir,
        @Nullable Path tempDir,
        int parseThreads,
        int maxQueued,
        @Nullable Duration rejectedRetention,
        @Nullable DataSize maxBytesPerUser) {

    public static final DataSize DEFAULT_MAX_FILE_SIZE = DataSize.ofMegabytes(20);
    public static final DataSize DEFAULT_MAX_BYTES_PER_USER = DataSize.ofMegabytes(500);

    public UploadProperties {
        if (maxFileSize == null) {
            maxFileSize = DEFAULT_MAX_FILE_SIZE;
        }
        if (storageDir == null) {
            storageDir = Path.of("data", "uploads");
        }
        if (tempDir == null) {
            tempDir = Path.of(System.getProperty("java.io.tmpdir"), "workbench-uploads");
        }
        if (parseThreads < 1) {
            parseThreads = 2;
        }
        if (maxQueued < 1) {
            maxQueued = 20;
        }
        if (rejectedRetention == null) {
            rejectedRetention = Duration.ofDays(30);
        }
        if (maxBytesPerUser == null) {
            maxBytesPerUser = DEFAULT_MAX_BYTES_PER_USER;
        }
    }

    public long maxBytes() {
        return java.util.Objects.requireNonNull(maxFileSize).toBytes();
    }

    public Path storage() {
        return java.util.Objects.requireNonNull(storageDir);
    }

    public long quotaBytes() {
        return java.util.Objects.requireNonNull(maxBytesPerUser).toBytes();
    }

    public Duration retention() {
        return java.util.Objects.requireNonNull(rejectedRetention);
    }

    public Path temp() {
        return java.util.Objects.requireNonNull(tempDir);
    }
}
