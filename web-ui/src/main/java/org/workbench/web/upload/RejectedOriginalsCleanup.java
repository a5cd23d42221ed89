package org.workbench.web.upload;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the originals of rejected uploads once they are older than {@code workbench.upload.rejected-retention}.
 * The history keeps the entry and notes when its original went; committed originals, and files that a recent
 * entry or an upload in progress still uses, stay.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Slf4j
class RejectedOriginalsCleanup {
    private final FileUploadRepository uploads;
    private final UploadStore store;
    private final UploadProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RejectedOriginalsCleanup(
            FileUploadRepository uploads,
            UploadStore store,
            UploadProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.uploads = uploads;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Scheduled(
            initialDelayString = "${workbench.upload.cleanup-interval:PT1H}",
            fixedDelayString = "${workbench.upload.cleanup-interval:PT1H}")
    public void run() {
        int removed = removeExpired();
        if (removed > 0) {
            log.info("Removed {} rejected originals older than {}", removed, properties.retention());
        }
    }

    /**
     * Marks every expired rejection's original as removed, then, once that is committed, deletes the files no
     * entry needs any more.
     *
     * @return how many files were deleted
     */
    int removeExpired() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant cutoff = now.minus(properties.retention());
        List<String> unused = transaction.execute(status -> {
            List<FileUploadEntity> expired =
                    uploads.findByOutcomeAndUploadedAtBeforeAndOriginalRemovedAtIsNull(UploadOutcome.REJECTED, cutoff);
            Set<String> hashes = new LinkedHashSet<>();
            for (FileUploadEntity entry : expired) {
                entry.setOriginalRemovedAt(now);
                hashes.add(entry.getSha256());
            }
            uploads.flush();
            return hashes.stream()
                    .filter(sha -> !uploads.existsBySha256AndOriginalRemovedAtIsNull(sha))
                    .toList();
        });
        int removed = 0;
        for (String sha : unused == null ? List.<String>of() : unused) {
            if (store.removeUnless(sha, cutoff)) {
                removed++;
            }
        }
        return removed;
    }
}
