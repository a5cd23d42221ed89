package org.workbench.web.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per user, the time before which their sessions no longer count, kept in the database: every instance checks it on
 * each request, so ending a user's sessions holds on instances that did not do it.
 */
@Component
@RequiredArgsConstructor
class SessionsValidAfter {
    private final JdbcTemplate jdbc;

    void endSessionsBefore(String username, Instant at) {
        jdbc.update(
                "update app_user set sessions_valid_after = ? where upper(username) = upper(?)",
                at.atOffset(ZoneOffset.UTC),
                username);
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
