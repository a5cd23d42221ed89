package org.workbench.web.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling and session lifetimes ({@code workbench.security.*}).
 *
 * @param maxFailures failed sign-ins for one account from one client address before it is locked from there
 * @param maxFailuresPerAccount failed sign-ins for one account from any addresses before it is locked everywhere
 * @param maxFailuresPerAddress failed sign-ins from one client address (any accounts) before each further failure
 *     from it makes that account wait a delay
 * @param maxAddressDelay the longest such delay; it doubles from one second
 * @param lockDuration how long a lock lasts; it lifts by itself
 * @param idleTimeout a session without user activity ends after this
 * @param absoluteLifetime a session ends after this, active or not
 * @param allowedOrigins origins besides the app's own that may post the sign-in form (e.g. the public address of a
 *     proxy in front of the app, {@code https://workbench.example.org})
 */
@ConfigurationProperties("workbench.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("20") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("1m") Duration maxAddressDelay,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("12h") Duration absoluteLifetime,
        @DefaultValue List<String> allowedOrigins) {

    public SecurityProperties {
        if (maxFailures < 1 || maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("Failure limits must be positive");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("The lock duration must be positive");
        }
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}
