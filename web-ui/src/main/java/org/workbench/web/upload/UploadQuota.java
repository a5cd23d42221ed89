package org.workbench.web.upload;

import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The storage cap per user. The bytes are summed from the history (each distinct file a user still has kept counts
 * once); the check that stores an upload first locks the user's row in {@code upload_quota}, so that two uploads at
 * once by one user — on one instance or two — are checked one after the other and cannot both pass.
 */
@Component
class UploadQuota {
    /** The user's entries whose original has not been removed. */
    private static final String KEPT = " left join upload_original_removed r on r.upload_id = f.id"
            + " where lower(f.uploaded_by) = ? and r.upload_id is null";

    private final JdbcTemplate jdbc;
    private final UploadProperties properties;
    private final TransactionTemplate newTransaction;

    UploadQuota(JdbcTemplate jdbc, UploadProperties properties, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Refuses early, before reading, when the file would not fit; without a lock, so the final word is
     * {@link #reserve}'s.
     */
    void check(String user, String sha256, long size) {
        long used = used(key(user));
        long adds = alreadyKept(key(user), sha256) ? 0 : size;
        if (used + adds > properties.quotaBytes()) {
            throw new UploadQuotaExceededException(used, properties.quotaBytes());
        }
    }

    /**
     * Within the transaction that stores the upload: locks the user's quota row until that transaction ends and
     * refuses when the file would take them over the cap.
     */
    void reserve(String user, String sha256, long size) {
        String key = key(user);
        if (!lock(key)) {
            try {
                newTransaction.executeWithoutResult(
                        status -> jdbc.update("insert into upload_quota (username) values (?)", key));
            } catch (DataIntegrityViolationException raced) {
                // Another upload of theirs made the row first: it is there to lock all the same.
            }
            lock(key);
        }
        check(user, sha256, size);
    }

    /** The bytes of the originals the user still has kept. */
    long used(String user) {
        List<Long> sizes = jdbc.queryForList(
                "select max(f.size_bytes) from file_upload f" + KEPT + " group by f.sha256", Long.class, key(user));
        return sizes.stream().mapToLong(Long::longValue).sum();
    }

    private boolean alreadyKept(String key, String sha256) {
        Integer count = jdbc.queryForObject(
                "select count(*) from file_upload f" + KEPT + " and f.sha256 = ?", Integer.class, key, sha256);
        return count != null && count > 0;
    }

    private boolean lock(String key) {
        return !jdbc.queryForList("select username from upload_quota where username = ? for update", String.class, key)
                .isEmpty();
    }

    private static String key(String user) {
        return user.toLowerCase(Locale.ROOT);
    }
}
