package org.workbench.importers;

import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Scenario;

/**
 * How to read one upload.
 *
 * @param csvSheet for a .csv: the sheet it carries ("Incentives", "政策", ...); null to take it from the file
 *     name's last part
 * @param base where the sheets missing from the file come from (e.g. the scenario a single .csv sheet is
 *     uploaded into); null when the file must carry all three sheets
 * @param maxDataRows the most non-blank rows read over all sheets; beyond it the file is refused and reading
 *     stops
 * @param maxXlsBytes the largest .xls accepted (HSSF holds the whole file in memory)
 * @param maxCsvBytes the largest .csv accepted
 * @param progress told the number of rows read so far, every {@value #PROGRESS_STEP} rows
 * @param cancelled polled while reading; when it answers true (or the thread is interrupted) reading stops with
 *     a {@link java.util.concurrent.CancellationException}
 * @param sectors where the multiplier sets that sheet Industries names are looked up; null when there are none to
 *     look in (a Sector cell is then a warning and the typed multiplier counts)
 */
public record ImportOptions(
        @Nullable String csvSheet,
        @Nullable Scenario base,
        int maxDataRows,
        long maxXlsBytes,
        long maxCsvBytes,
        LongConsumer progress,
        BooleanSupplier cancelled,
        @Nullable SectorLookup sectors) {

    public static final int PROGRESS_STEP = 1000;
    public static final int DEFAULT_MAX_DATA_ROWS = 200_000;
    public static final long DEFAULT_MAX_XLS_BYTES = 10L * 1024 * 1024;
    public static final long DEFAULT_MAX_CSV_BYTES = 64L * 1024 * 1024;

    public ImportOptions {
        if (maxDataRows < 1 || maxXlsBytes < 1 || maxCsvBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ImportOptions defaults() {
        return new ImportOptions(
                null,
                null,
                DEFAULT_MAX_DATA_ROWS,
                DEFAULT_MAX_XLS_BYTES,
                DEFAULT_MAX_CSV_BYTES,
                rows -> {},
                () -> false,
                null);
    }

    public ImportOptions withCsvSheet(@Nullable String sheet) {
        return new ImportOptions(sheet, base, maxDataRows, maxXlsBytes, maxCsvBytes, progress, cancelled, sectors);
    }

    public ImportOptions withBase(@Nullable Scenario scenario) {
        return new ImportOptions(
                csvSheet, scenario, maxDataRows, maxXlsBytes, maxCsvBytes, progress, cancelled, sectors);
    }

    public ImportOptions withMaxDataRows(int rows) {
        return new ImportOptions(csvSheet, base, rows, maxXlsBytes, maxCsvBytes, progress, cancelled, sectors);
    }

    public ImportOptions withProgress(LongConsumer listener) {
        return new ImportOptions(csvSheet, base, maxDataRows, maxXlsBytes, maxCsvBytes, listener, cancelled, sectors);
    }

    public ImportOptions withCancellation(BooleanSupplier flag) {
        return new ImportOptions(csvSheet, base, maxDataRows, maxXlsBytes, maxCsvBytes, progress, flag, sectors);
    }

    public ImportOptions withSectors(@Nullable SectorLookup lookup) {
        return new ImportOptions(csvSheet, base, maxDataRows, maxXlsBytes, maxCsvBytes, progress, cancelled, lookup);
    }
}
