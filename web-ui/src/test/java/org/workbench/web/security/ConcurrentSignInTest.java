package org.workbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.web.MutableClock;
import org.workbench.web.MutableClockConfig;
import org.workbench.web.audit.DatabaseAuditTrail;

/**
 * Many wrong passwords for one user at the same moment: each attempt is counted before its password is checked, in
 * the database, so no more passwords are checked than the limit allows, however many requests race.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(MutableClockConfig.class)
class ConcurrentSignInTest {
    @Autowired
    MutableClock clock;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DatabaseAuditTrail audit;

    @Autowired
    SecurityProperties properties;

    @Test
    void thirty_wrong_passwords_sent_at_once_for_one_user_get_no_more_password_checks_than_the_limit()
            throws Exception {
        assertThat(raceWrongPasswords("planner", i -> "10.30.0.1"))
                .isPositive()
                .isLessThanOrEqualTo(properties.maxFailures());
    }

    @Test
    void thirty_wrong_passwords_at_once_from_thirty_addresses_get_no_more_checks_than_the_account_limit()
            throws Exception {
        assertThat(raceWrongPasswords("staff", i -> "10.31.0." + i))
                .isPositive()
                .isLessThanOrEqualTo(properties.maxFailuresPerAccount());
    }

    /** Sends 30 wrong passwords at the same moment; returns how many were checked. */
    private int raceWrongPasswords(String username, IntFunction<String> address) throws Exception {
        clock.advance(Duration.ofDays(1));
        var checks = new AtomicInteger();
        ThrottledAuthenticationProvider provider = provider(checks);
        int attempts = 30;
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String from = address.apply(i);
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        provider.authenticate(token(username, "wrong", from));
                    } catch (AuthenticationException expected) {
                        // refused either way; what counts is how many passwords were checked
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return checks.get();
    }

    /** The real provider, with a password check that takes a while and is counted. */
    private ThrottledAuthenticationProvider provider(AtomicInteger checks) {
        var slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwordEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
        };
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(slow);
        return new ThrottledAuthenticationProvider(passwords, throttle, audit);
    }

    static UsernamePasswordAuthenticationToken token(String username, String password, String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
