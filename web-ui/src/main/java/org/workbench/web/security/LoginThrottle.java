package org.workbench.web.security;

import java.time.Clock;
import java.time.Duration;
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
 * Counts sign-in attempts before their passwords are checked, in the database, so that attempts racing each other in
 * one instance or several cannot outnumber a limit. Three counts (docs/adr/0010-sign-in-throttling.md):
 *
 * <ul>
 *   <li>per account and client address together: past {@code maxFailures} that account is locked from that address
 *       for the lock duration. This is what makes guessing one password from one place slow;
 *   <li>per account from any address: past {@code maxFailuresPerAccount} it is locked everywhere, against guessing
 *       spread over many addresses;
 *   <li>per address over all accounts: never a lock (behind a proxy every user has the same address), but past
 *       {@code maxFailuresPerAddress} each further failure from it makes its account wait a delay that doubles, up to
 *       {@code maxAddressDelay}, before the next attempt from there. Accounts nobody failed on sign in at once.
 * </ul>
 *
 * Accounts are counted in the canonical spelling of {@link UserNames}, known or not, so the answer reveals nothing
 * and look-alike spellings share one count. Locks lift by themselves; an admin can lift them sooner.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public class LoginThrottle {
    static final String USER = "USER";
    static final String PAIR = "PAIR";
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

    /**
     * What reserving an attempt gave: go ahead, go ahead as the last one before the lock, refused, or (only inside
     * this class) wait: the last attempt before the lock is still being checked.
     */
    enum Reservation {
        ADMITTED,
        LAST,
        REFUSED,
        WAIT
    }

    /**
     * The count of a row whose last attempt before the lock is still having its password checked: the row is locked
     * meanwhile, and attempts that meet it wait for the outcome instead of being refused, since a right password
     * lifts the lock. Without this, five people signing in at once to one account from one address (a delegation on
     * the viewer account, behind one hotel address) locked each other out.
     */
    static final int PENDING_LOCK = -1;

    /** How long an attempt waits for the last one before the lock; a password check takes well under a second. */
    static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private static final long POLL_MILLIS = 20;

    /**
     * Counts an attempt for the account from the address and for the account anywhere, before its password is
     * checked: the count is taken under the database's row lock. A correct password gives it back.
     */
    Reservation reserve(String username, @Nullable String address) {
        Instant now = Instant.now(clock);
        newTransaction.executeWithoutResult(status -> jdbc.update(
                "delete from login_throttle where last_failure_at < ? and (locked_until is null or locked_until < ?)",
                utc(now.minus(properties.lockDuration())),
                utc(now)));
        String account = key(username);
        String pairKey = pair(account, address);
        Duration delay = addressDelay(address, now);
        long giveUpAt = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            Reservation pair = reserve(PAIR, pairKey, account, properties.maxFailures(), delay, Instant.now(clock));
            if (pair == Reservation.REFUSED) {
                return pair;
            }
            if (pair != Reservation.WAIT) {
                Reservation anywhere = reserve(
                        USER, account, account, properties.maxFailuresPerAccount(), Duration.ZERO, Instant.now(clock));
                if (anywhere != Reservation.WAIT) {
                    return anywhere == Reservation.ADMITTED ? pair : anywhere;
                }
                release(pairKey, pair);
            }
            if (!pause(giveUpAt)) {
                return Reservation.REFUSED;
            }
        }
    }

    /** The last attempt before the lock had a wrong password: the lock that waited on it now holds. */
    void confirmLock(String username, @Nullable String address) {
        String account = key(username);
        newTransaction.executeWithoutResult(status -> jdbc.update(
                "update login_throttle set failures = 0 where failures = ?"
                        + " and ((scope = ? and subject = ?) or (scope = ? and subject = ?))",
                PENDING_LOCK,
                PAIR,
                pair(account, address),
                USER,
                account));
    }

    // Gives back a pair count taken before the account's count said wait: the attempt will be counted again.
    private void release(String pairKey, Reservation taken) {
        newTransaction.executeWithoutResult(status -> {
            if (taken == Reservation.LAST) {
                // the pending lock is this attempt's own: under it, every other attempt only waited
                jdbc.update(
                        "update login_throttle set failures = ?, locked_until = null"
                                + " where scope = ? and subject = ? and failures = ?",
                        properties.maxFailures() - 1,
                        PAIR,
                        pairKey,
                        PENDING_LOCK);
            } else {
                jdbc.update(
                        "update login_throttle set failures = failures - 1 where scope = ? and subject = ?"
                                + " and failures > 0",
                        PAIR,
                        pairKey);
            }
        });
    }

    private static boolean pause(long giveUpAt) {
        if (System.nanoTime() > giveUpAt) {
            return false;
        }
        try {
            Thread.sleep(POLL_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A wrong password counts against the address too, which past its limit slows its further attempts. */
    void recordFailure(@Nullable String address) {
        if (address != null) {
            reserve(ADDRESS, address, null, Integer.MAX_VALUE, Duration.ZERO, Instant.now(clock));
        }
    }

    /**
     * A correct password clears the account's count and its count from this address; not its counts from other
     * addresses (the owner signing in must not give an attacker elsewhere fresh guesses), nor the address's.
     */
    void recordSuccess(String username, @Nullable String address) {
        String account = key(username);
        newTransaction.executeWithoutResult(status -> jdbc.update(
                "delete from login_throttle where (scope = ? and subject = ?) or (scope = ? and subject = ?)",
                USER,
                account,
                PAIR,
                pair(account, address)));
    }

    private void forget(String account) {
        jdbc.update("delete from login_throttle where scope in (?, ?) and account = ?", USER, PAIR, account);
    }

    /** Nothing below the address's limit; past it one second, doubling with each failure, up to the cap. */
    private Duration addressDelay(@Nullable String address, Instant now) {
        if (address == null) {
            return Duration.ZERO;
        }
        List<Integer> failures = jdbc.queryForList(
                "select failures from login_throttle where scope = ? and subject = ? and last_failure_at >= ?",
                Integer.class,
                ADDRESS,
                address,
                utc(now.minus(properties.lockDuration())));
        int over = failures.isEmpty() ? -1 : failures.getFirst() - properties.maxFailuresPerAddress();
        if (over < 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(over, 30));
        return delay.compareTo(properties.maxAddressDelay()) < 0 ? delay : properties.maxAddressDelay();
    }

    /** When the account's lock lifts (from everywhere or from some address), if it is locked now. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = Instant.now(clock);
        // A lock starts the count afresh (failures 0, or pending on its last attempt); a row still counting only
        // waits out a delay.
        return jdbc
                .queryForList(
                        "select max(locked_until) from login_throttle where scope in (?, ?) and account = ?"
                                + " and failures <= 0 and locked_until is not null",
                        OffsetDateTime.class,
                        USER,
                        PAIR,
                        key(username))
                .stream()
                .filter(Objects::nonNull)
                .map(OffsetDateTime::toInstant)
                .filter(now::isBefore)
                .findFirst();
    }

    /** Lifts the locks and forgets the failures of an account, from every address. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(String username) {
        forget(key(username));
    }

    private Reservation reserve(
            String scope, String subject, @Nullable String account, int limit, Duration delay, Instant now) {
        for (int tries = 0; tries < 3; tries++) {
            try {
                return Objects.requireNonNull(
                        newTransaction.execute(status -> reserveLocked(scope, subject, account, limit, delay, now)));
            } catch (DuplicateKeyException raced) {
                // Another attempt inserted the first row at the same moment: count again, on its row.
            }
        }
        return Reservation.REFUSED;
    }

    /**
     * One more attempt on the subject's row, read under its row lock. A lock starts the count afresh; a delay makes
     * the next attempt wait without ending the count.
     */
    private Reservation reserveLocked(
            String scope, String subject, @Nullable String account, int limit, Duration delay, Instant now) {
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
                return row.failures() == PENDING_LOCK ? Reservation.WAIT : Reservation.REFUSED;
            }
            total = Math.max(row.failures(), 0) + 1;
        }
        boolean locks = total >= limit;
        if (locks) {
            lockEnd = utc(now.plus(properties.lockDuration()));
        } else if (delay.isPositive()) {
            lockEnd = utc(now.plus(delay));
        }
        if (rows.isEmpty()) {
            jdbc.update(
                    "insert into login_throttle (scope, subject, account, failures, last_failure_at, locked_until)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    scope,
                    subject,
                    account,
                    locks ? PENDING_LOCK : total,
                    utc(now),
                    lockEnd);
        } else {
            jdbc.update(
                    "update login_throttle set failures = ?, last_failure_at = ?, locked_until = ?"
                            + " where scope = ? and subject = ?",
                    locks ? PENDING_LOCK : total,
                    utc(now),
                    lockEnd,
                    scope,
                    subject);
        }
        return locks ? Reservation.LAST : Reservation.ADMITTED;
    }

    private record Row(int failures, @Nullable OffsetDateTime lockedUntil) {}

    private static String pair(String account, @Nullable String address) {
        return (address == null ? "-" : address) + " " + account;
    }

    static String key(String username) {
        String canonical = UserNames.canonical(username);
        return canonical.length() <= 250 ? canonical : canonical.substring(0, 250);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
