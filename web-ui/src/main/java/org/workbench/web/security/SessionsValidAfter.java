package org.workbench.web.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per user, the time before which their sessions no longer count, kept in the database: every instance checks it on
 * each request, so ending a user's sessions holds on instances that did not do it.
 */
@Component
class SessionsValidAfter {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    SessionsValidAfter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * In a transaction of its own: it is called after the change that ended the sessions has committed, where work
     * in the finished transaction would never be committed.
     */
    void endSessionsBefore(String username, Instant at) {
        newTransaction.executeWithoutResult(status -> jdbc.update(
                "update app_user set sessions_valid_after = ? where upper(username) = upper(?)",
                at.atOffset(ZoneOffset.UTC),
                username));
    }

    Optional<Instant> of(String username) {
        return jdbc
                .queryForList(
                        "select sessions_valid_after from app_user where upper(username) = upper(?)",
                        OffsetDateTime.class,
                        username)
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .map(OffsetDateTime::toInstant);
    }
}
