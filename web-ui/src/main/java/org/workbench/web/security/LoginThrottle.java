package org.workbench.web.security;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username (whether it exists or not, so that the answer reveals nothing) and per client
 * address. Past the limit the username or address is refused for the lock duration, after which the lock lifts by
 * itself: nobody can shut a colleague out for longer than that, and an admin can lift it sooner.
 */
@Service
@RequiredArgsConstructor
public class LoginThrottle {
    static final String USER = "USER";
    static final String ADDRESS = "ADDRESS";

    private final JdbcTemplate jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    /** What a failure led to. */
    enum Outcome {
        COUNTED,
        USER_LOCKED,
        ADDRESS_BLOCKED
    }

    /** True while this username or this address is refused. */
    @Transactional(readOnly = true)
    boolean isRefused(String username, @Nullable String address) {
        Instant now = Instant.now(clock);
        return lockedUntil(USER, key(username)).filter(now::isBefore).isPresent()
                || (address != null
                        && lockedUntil(ADDRESS, address).filter(now::isBefore).isPresent());
    }

    /** Counts one failure for the username and the address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Outcome recordFailure(String username, @Nullable String address) {
        Instant now = Instant.now(clock);
        jdbc.update(
                "delete from login_throttle where last_failure_at < ? and (locked_until is null or locked_until < ?)",
                utc(now.minus(properties.lockDuration())),
                utc(now));
        boolean userLocked = count(USER, key(username), properties.maxFailures(), now);
        boolean addressBlocked = address != null && count(ADDRESS, address, properties.maxFailuresPerAddress(), now);
        if (userLocked) {
            return Outcome.USER_LOCKED;
        }
        return addressBlocked ? Outcome.ADDRESS_BLOCKED : Outcome.COUNTED;
    }

    /** A correct password clears the username's count (not the address's). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String username) {
        jdbc.update("delete from login_throttle where scope = ? and subject = ?", USER, key(username));
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

    /** Adds one failure; locks when the limit is reached. True if this failure locked the subject. */
    private boolean count(String scope, String subject, int limit, Instant now) {
        List<Integer> failures = jdbc.queryForList(
                "select failures from login_throttle where scope = ? and subject = ? for update",
                Integer.class,
                scope,
                subject);
        if (failures.isEmpty()) {
            try {
                jdbc.update(
                        "insert into login_throttle (scope, subject, failures, last_failure_at, locked_until)"
                                + " values (?, ?, 1, ?, ?)",
                        scope,
                        subject,
                        utc(now),
                        limit <= 1 ? utc(now.plus(properties.lockDuration())) : null);
                return limit <= 1;
            } catch (DuplicateKeyException raced) {
                return count(scope, subject, limit, now);
            }
        }
        int total = failures.getFirst() + 1;
        boolean locks = total >= limit;
        // A lock starts the count afresh, so that after it lifts the next few failures lock again.
        jdbc.update(
                "update login_throttle set failures = ?, last_failure_at = ?, locked_until = ?"
                        + " where scope = ? and subject = ?",
                locks ? 0 : total,
                utc(now),
                locks ? utc(now.plus(properties.lockDuration())) : null,
                scope,
                subject);
        return locks;
    }

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
        String trimmed = username.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() <= 320 ? trimmed : trimmed.substring(0, 320);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
