package org.workbench.web.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files on disk: uploads waiting in the temporary directory, and the kept originals, one per SHA-256 under the
 * storage directory (see docs/adr/0006-upload-storage.md).
 */
@Component
@Slf4j
class UploadStore {
    /** Temporary files older than this at start-up belong to no live session any more. */
    private static final Duration STALE = Duration.ofHours(24);

    private final UploadProperties properties;
    private final Clock clock;
    /** Keeping a file and deleting it in the clean-up take the same lock, chosen by the hash. */
    private final Object[] stripes = new Object[32];

    UploadStore(UploadProperties properties, Clock clock) throws IOException {
        this.properties = properties;
        this.clock = clock;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
        Files.createDirectories(properties.temp());
        Files.createDirectories(properties.storage());
        sweepStaleTemporaryFiles();
    }

    /**
     * Copies an upload into a new temporary file, hashing it on the way.
     *
     * @throws FileTooLargeException when more than the configured size arrives; the partial file is deleted
     */
    ReceivedFile receive(InputStream in, String fileName) throws IOException {
        long max = properties.maxBytes();
        Path temp = Files.createTempFile(properties.temp(), "upload-", ".part");
        try {
            MessageDigest digest = sha256();
            long size = 0;
            try (InputStream hashed = new DigestInputStream(in, digest);
                    OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = hashed.read(buffer)) >= 0) {
                    size += read;
                    if (size > max) {
                        throw new FileTooLargeException(max);
                    }
                    out.write(buffer, 0, read);
                }
            }
            return new ReceivedFile(
                    temp, baseName(fileName), size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    void discard(ReceivedFile file) {
        try {
            Files.deleteIfExists(file.path());
        } catch (IOException e) {
            log.warn("Could not delete temporary upload {}", file.path(), e);
        }
    }

    /**
     * Keeps the original under its hash. Within a transaction, a copy written here is deleted again when the
     * transaction rolls back, so that a failed commit leaves no file behind.
     */
    void keep(ReceivedFile file) {
        Path target = pathOf(file.sha256());
        synchronized (stripe(file.sha256())) {
            if (Files.exists(target)) {
                // Marked as used now, so that a clean-up running at the same time leaves it alone.
                touch(target);
                return;
            }
            write(file, target);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(target);
                    }
                }
            });
        }
    }

    private void write(ReceivedFile file, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path part = Files.createTempFile(target.getParent(), file.sha256(), ".part");
            try {
                Files.copy(file.path(), part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
            touch(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes a kept original that no history entry needs any more, unless an upload kept it again since
     * {@code cutoff} (its row may not be committed yet, so the database cannot tell).
     *
     * @return whether the file was deleted
     */
    boolean removeUnless(String sha256, Instant cutoff) {
        Path target = pathOf(sha256);
        synchronized (stripe(sha256)) {
            if (!Files.exists(target) || !modifiedBefore(target, cutoff)) {
                return false;
            }
            deleteQuietly(target);
            return !Files.exists(target);
        }
    }

    /** The app's clock, not the file system's, says when an original was last kept: tests move it. */
    private void touch(Path target) {
        try {
            Files.setLastModifiedTime(target, FileTime.from(clock.instant()));
        } catch (IOException e) {
            log.warn("Could not mark {} as used", target, e);
        }
    }

    private Object stripe(String sha256) {
        return stripes[Math.floorMod(sha256.hashCode(), stripes.length)];
    }

    Optional<Path> original(String sha256) {
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return properties.storage().resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private void sweepStaleTemporaryFiles() {
        Instant before = clock.instant().minus(STALE);
        try (Stream<Path> files = Files.list(properties.temp())) {
            files.filter(p -> modifiedBefore(p, before)).forEach(UploadStore::deleteQuietly);
        } catch (IOException e) {
            log.warn("Could not sweep {}", properties.temp(), e);
        }
    }

    private static boolean modifiedBefore(Path path, Instant before) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete {}", path, e);
        }
    }

    /** The last part of a path the browser may have sent ("C:\\x\\a.xlsx" becomes "a.xlsx"). */
    static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return name.isEmpty() ? "upload" : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
