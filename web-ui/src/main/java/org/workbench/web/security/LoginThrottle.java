package org.workbench.web.security;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per username (whether it exists or not, so that the answer reveals nothing; in the
 * canonical spelling of {@link UserNames}, so that look-alike spellings of one account share its count) and per client
 * address. Past the limit the username or address is refused for the lock duration, after which the lock lifts by
 * itself: nobody can shut a colleague out for longer than that, and an admin can lift it sooner.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public class LoginThrottle {
    static final String USER = "USER";
    static final String ADDRESS = "ADDRESS";

    private final JdbcTemplate jdbc;
    private final SecurityProperties properties;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    @Autowired
    LoginThrottle(
            JdbcTemplate jdbc, SecurityProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this(jdbc, properties, clock, requiresNew(transactions));
    }

    private static TransactionTemplate requiresNew(PlatformTransactionManager transactions) {
        var template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    /** What reserving an attempt gave: go ahead, go ahead as the last one before the lock, or refused. */
    enum Reservation {
        ADMITTED,
        LAST,
        REFUSED
    }

    /**
     * Counts an attempt for the username and the address before its password is checked, so that attempts racing
     * each other (in one instance or several on one database) cannot outnumber the limit: the count is taken under
     * the database's row lock. A correct password gives the username's attempt back ({@link #recordSuccess}).
     */
    Reservation reserve(String username, @Nullable String address) {
        Instant now = Instant.now(clock);
        newTransaction.executeWithoutResult(status -> jdbc.update(
                "delete from login_throttle where last_failure_at < ? and (locked_until is null or locked_until < ?)",
                utc(now.minus(properties.lockDuration())),
                utc(now)));
        Reservation user = reserve(USER, key(username), properties.maxFailures(), now);
        if (user == Reservation.REFUSED) {
            return user;
        }
        Reservation byAddress = address == null
                ? Reservation.ADMITTED
                : reserve(ADDRESS, address, properties.maxFailuresPerAddress(), now);
        return byAddress == Reservation.ADMITTED ? user : byAddress;
    }

    /** True while this username is locked (not the address). */
    @Transactional(readOnly = true)
    boolean isUserLocked(String username) {
        return lockedUntil(USER, key(username))
                .filter(Instant.now(clock)::isBefore)
                .isPresent();
    }

    /** A correct password clears the username's count, and gives the address back the attempt it reserved. */
    void recordSuccess(String username, @Nullable String address) {
        newTransaction.executeWithoutResult(status -> {
            jdbc.update("delete from login_throttle where scope = ? and subject = ?", USER, key(username));
            jdbc.update(
                    "update login_throttle set failures = failures - 1, locked_until = null"
                            + " where scope = ? and subject = ? and failures > 0",
                    ADDRESS,
                    address);
        });
    }

    /** When the username's lock lifts, if it is locked now. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = Instant.now(clock);
        return lockedUntil(USER, key(username)).filter(now::isBefore);
    }

    /** Lifts the lock and forgets the failures of a username. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(String username) {
        jdbc.update("delete from login_throttle where scope = ? and subject = ?", USER, key(username));
    }

    private Reservation reserve(String scope, String subject, int limit, Instant now) {
        for (int tries = 0; tries < 3; tries++) {
            try {
                return Objects.requireNonNull(
                        newTransaction.execute(status -> reserveLocked(scope, subject, limit, now)));
            } catch (DuplicateKeyException raced) {
                // Another attempt inserted the first row at the same moment: count again, on its row.
            }
        }
        return Reservation.REFUSED;
    }

    /** One more attempt on the subject's row, read under its row lock; a lock starts the count afresh. */
    private Reservation reserveLocked(String scope, String subject, int limit, Instant now) {
        List<Row> rows = jdbc.query(
                "select failures, locked_until from login_throttle where scope = ? and subject = ? for update",
                (rs, n) -> new Row(rs.getInt(1), rs.getObject(2, OffsetDateTime.class)),
                scope,
                subject);
        @Nullable OffsetDateTime lockEnd = null;
        int total = 1;
        if (!rows.isEmpty()) {
            Row row = rows.getFirst();
            if (row.lockedUntil() != null && now.isBefore(row.lockedUntil().toInstant())) {
                return Reservation.REFUSED;
            }
            total = row.failures() + 1;
        }
        boolean locks = total >= limit;
        if (locks) {
            lockEnd = utc(now.plus(properties.lockDuration()));
        }
        if (rows.isEmpty()) {
            jdbc.update(
                    "insert into login_throttle (scope, subject, failures, last_failure_at, locked_until)"
                            + " values (?, ?, ?, ?, ?)",
                    scope,
                    subject,
                    locks ? 0 : total,
                    utc(now),
                    lockEnd);
        } else {
            jdbc.update(
                    "update login_throttle set failures = ?, last_failure_at = ?, locked_until = ?"
                            + " where scope = ? and subject = ?",
                    locks ? 0 : total,
                    utc(now),
                    lockEnd,
                    scope,
                    subject);
        }
        return locks ? Reservation.LAST : Reservation.ADMITTED;
    }

    private record Row(int failures, @Nullable OffsetDateTime lockedUntil) {}

    private Optional<Instant> lockedUntil(String scope, String subject) {
        return jdbc
                .queryForList(
                        "select locked_until from login_throttle where scope = ? and subject = ?"
                                + " and locked_until is not null",
                        OffsetDateTime.class,
                        scope,
                        subject)
                .stream()
                .findFirst()
                .map(OffsetDateTime::toInstant);
    }

    static String key(String username) {
        String canonical = UserNames.canonical(username);
        return canonical.length() <= 320 ? canonical : canonical.substring(0, 320);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
