package org.workbench.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a scenario workbook (.xlsx, .xls or .csv) into a domain scenario, or into the full list of its problems.
 * Thread-safe; meant to run off the UI thread.
 */
public final class WorkbookImporter {
    private WorkbookImporter() {}

    /**
     * @param file the uploaded bytes (e.g. a temp file)
     * @param originalFileName the name the user gave it: its extension says which format is claimed, and it names
     *     the file in problems
     * @throws CancellationException when {@link ImportOptions#cancelled()} answers true or the thread is
     *     interrupted while reading
     */
    public static ImportResult read(Path file, String originalFileName, ImportOptions options) {
        ProblemLog log = new ProblemLog(originalFileName);
        ScenarioAssembler assembler = new ScenarioAssembler(log, options);
        return guarded(file, originalFileName, options, log, assembler, assembler::finish, ImportResult.Rejected::new);
    }

    /**
     * Reads a file into any sink of the format's readers, turning every failure into a logged problem: the one path
     * through the file checks (type, size, zip bombs, encryption) for every workbook kind the project reads.
     *
     * @param finish what the sink makes of the rows once all sheets were read
     * @param rejected the result for the problems logged when the file is refused
     */
    static <R> R guarded(
            Path file,
            String originalFileName,
            ImportOptions options,
            ProblemLog log,
            RowSink sink,
            java.util.function.Supplier<R> finish,
            java.util.function.Function<java.util.List<ImportProblem>, R> rejected) {
        try {
            if (!readInto(file, originalFileName, options, log, sink)) {
                return rejected.apply(log.all());
            }
        } catch (ScenarioAssembler.TooManyRows e) {
            return rejected.apply(log.all());
        } catch (CancellationException e) {
            throw e;
        } catch (CsvReader.UnknownEncoding e) {
            log.file(Message.of("problem.file.encoding"), Message.of("expected.encoding"));
            return rejected.apply(log.all());
        } catch (CsvReader.RecordTooLong e) {
            log.file(Message.of("problem.file.recordTooLong", CsvReader.MAX_RECORD_CHARS));
            return rejected.apply(log.all());
        } catch (Exception | StackOverflowError e) {
            if (Thread.currentThread().isInterrupted() || options.cancelled().getAsBoolean()) {
                throw new CancellationException("import cancelled");
            }
            log.file(classify(e));
            return rejected.apply(log.all());
        }
        return finish.get();
    }

    /** Same as {@link #read(Path, String, ImportOptions)} for an upload held as a stream; spooled to a temp file. */
    public static ImportResult read(InputStream in, String originalFileName, ImportOptions options) throws IOException {
        return spooled(in, temp -> read(temp, originalFileName, options));
    }

    /** Spools an upload to a temp file, reads it, and deletes the file whatever happens. */
    static <R> R spooled(InputStream in, java.util.function.Function<Path, R> reader) throws IOException {
        Path temp = Files.createTempFile("scenario-upload-", ".bin");
        try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            return reader.apply(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** @return false when the file was refused before any sheet was read (problem logged) */
    private static boolean readInto(
            Path file, String fileName, ImportOptions options, ProblemLog log, RowSink assembler) throws Exception {
        Optional<String> extension = FileKind.extension(fileName);
        Optional<FileKind> claimed = extension.flatMap(FileKind::expectedFor);
        if (claimed.isEmpty()) {
            log.file(
                    Message.of("problem.file.unsupportedType", extension.orElse("")), Message.of("expected.fileTypes"));
            return false;
        }
        FileKind actual = FileKind.sniff(file);
        if (actual == FileKind.EMPTY) {
            log.file(Message.of("problem.file.empty"));
            return false;
        }
        if (actual == FileKind.OLE2 && encrypted(file)) {
            log.file(Message.of("problem.file.encrypted"));
            return false;
        }
        if (actual != claimed.get()) {
            log.file(
                    Message.of("problem.file.mismatch", extension.get(), actual.messageKey()),
                    Message.of("expected.content." + extension.get()));
            return false;
        }
        switch (actual) {
            case ZIP -> {
                Message bomb = ZipGuard.check(file);
                if (bomb != null) {
                    log.file(bomb);
                    return false;
                }
                XlsxReader.read(file, assembler);
            }
            case OLE2 -> {
                long size = Files.size(file);
                if (size > options.maxXlsBytes()) {
                    log.file(Message.of("problem.file.tooLarge", megabytes(size), megabytes(options.maxXlsBytes())));
                    return false;
                }
                XlsReader.read(file, assembler);
            }
            case TEXT -> {
                long size = Files.size(file);
                if (size > options.maxCsvBytes()) {
                    log.file(Message.of("problem.file.tooLarge", megabytes(size), megabytes(options.maxCsvBytes())));
                    return false;
                }
                String sheet = options.csvSheet() != null
                        ? options.csvSheet()
                        : CsvReader.sheetOf(fileName).map(SheetRole::english).orElse(null);
                if (sheet == null
                        || SheetRole.of(sheet).filter(SheetRole::input).isEmpty()) {
                    log.file(Message.of("problem.file.csvSheet", fileName), Message.of("expected.csvSheet"));
                    return false;
                }
                CsvReader.read(file, sheet, assembler);
            }
            default -> throw new IllegalStateException("no reader for " + actual);
        }
        return true;
    }

    /** An OLE2 file holding an EncryptionInfo stream is a password-protected OOXML workbook. */
    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String megabytes(long bytes) {
        return Numbers.plain(Math.ceil(bytes / 1024.0 / 102.4) / 10);
    }

    /** Turns a reader's failure into what the user needs to know, never a stack trace. */
    static Message classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (t instanceof EncryptedDocumentException) {
                return Message.of("problem.file.encrypted");
            }
            if (t instanceof BoundedSharedStrings.TooLarge) {
                return Message.of("problem.file.sharedStrings");
            }
            if (text.contains("zip bomb") || text.contains("max file count") || text.contains("too many entries")) {
                return Message.of("problem.file.zipBomb");
            }
            // a DOCTYPE is refused outright by POI's hardened parsers; entity limits catch the rest
            if (text.contains("doctype") || text.contains("entity expansion") || text.contains("entityexpansion")) {
                return Message.of("problem.file.unsafeXml");
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return Message.of("problem.file.damaged");
    }
}
