package org.workbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.web.MutableClock;
import org.workbench.web.MutableClockConfig;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditFilter;
import org.workbench.web.audit.AuditLogService;
import org.workbench.web.audit.DatabaseAuditTrail;

/**
 * Sign-in throttling through the real provider, database and audit log, on a clock the test moves; and many wrong
 * passwords at the same moment, each counted before its password is checked, so no more are checked than allowed.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(MutableClockConfig.class)
class LoginThrottleTest {
    static final String DEMO_PASSWORD = "Demo-password-for-tests-1";

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
    AuditLogService auditLog;

    @Autowired
    SecurityProperties properties;

    ThrottledAuthenticationProvider provider;

    @BeforeEach
    void provider() {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        provider = new ThrottledAuthenticationProvider(passwords, throttle, audit);
        // Each test starts well after the locks of the ones before have lifted.
        clock.advance(Duration.ofDays(1));
    }

    @Test
    void five_failures_lock_the_account_from_that_address_for_fifteen_minutes_even_for_the_right_password() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("planner", "wrong", "10.0.0.1"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("planner", "wrong", "10.0.0.1")).isInstanceOf(TooManyFailuresException.class);
        // Locked: even the right password is refused without being checked.
        assertThatThrownBy(() -> signIn("planner", DEMO_PASSWORD, "10.0.0.1"))
                .isInstanceOf(TooManyFailuresException.class);

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThatThrownBy(() -> signIn("planner", DEMO_PASSWORD, "10.0.0.1"))
                .isInstanceOf(TooManyFailuresException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("planner", DEMO_PASSWORD, "10.0.0.1").isAuthenticated())
                .isTrue();
    }

    @Test
    void
            an_account_locked_from_one_address_signs_in_from_another_but_twenty_failures_from_anywhere_lock_it_everywhere() {
        lock("staff");
        assertThat(signIn("staff", DEMO_PASSWORD, "10.0.1.1").isAuthenticated()).isTrue();
        // The owner signing in elsewhere gives the guesser no fresh guesses.
        assertThatThrownBy(() -> signIn("staff", DEMO_PASSWORD, "10.1.2.3"))
                .isInstanceOf(TooManyFailuresException.class);

        for (int address = 1; address <= 4; address++) {
            for (int i = 0; i < 5; i++) {
                try {
                    signIn("staff", "wrong", "10.0.2." + address);
                } catch (BadCredentialsException | TooManyFailuresException expected) {
                    // counting
                }
            }
        }
        assertThatThrownBy(() -> signIn("staff", DEMO_PASSWORD, "10.0.3.1"))
                .isInstanceOf(TooManyFailuresException.class);
    }

    @Test
    void attempts_while_locked_do_not_extend_the_lock() {
        lock("staff");
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThatThrownBy(() -> signIn("staff", "wrong", "10.1.2.3")).isInstanceOf(TooManyFailuresException.class);
        }
        clock.advance(Duration.ofMinutes(5));
        assertThat(signIn("staff", DEMO_PASSWORD, "10.1.2.3").isAuthenticated()).isTrue();
    }

    @Test
    void unknown_usernames_are_counted_and_locked_alike_so_the_answer_reveals_nothing() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("nobody.here", "wrong", "10.0.0.4"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("nobody.here", "wrong", "10.0.0.4"))
                .isInstanceOf(TooManyFailuresException.class);
    }

    @Test
    void a_successful_sign_in_clears_the_count() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("viewer", "wrong", "10.0.0.5")).isInstanceOf(BadCredentialsException.class);
        }
        signIn("viewer", DEMO_PASSWORD, "10.0.0.5");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("viewer", "wrong", "10.0.0.5")).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void failures_older_than_the_lock_duration_are_forgotten() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("planner", "wrong", "10.0.0.6"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(Duration.ofMinutes(16));
        assertThatThrownBy(() -> signIn("planner", "wrong", "10.0.0.6")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void many_failures_from_one_shared_address_lock_nobody_out_but_make_further_guesses_from_it_wait() {
        for (int i = 0; i < 25; i++) {
            String username = "spray" + i;
            assertThatThrownBy(() -> signIn(username, "wrong", "10.9.9.9")).isInstanceOf(BadCredentialsException.class);
        }
        // Behind a proxy everyone has that address: whoever nobody guessed at signs in at once.
        assertThat(signIn("viewer", DEMO_PASSWORD, "10.9.9.9").isAuthenticated())
                .isTrue();
        // A guessed account waits a delay, doubling with the address's failures, before its next try from there.
        assertThatThrownBy(() -> signIn("spray24", "wrong", "10.9.9.9")).isInstanceOf(TooManyFailuresException.class);
        clock.advance(Duration.ofSeconds(15));
        assertThatThrownBy(() -> signIn("spray24", "wrong", "10.9.9.9")).isInstanceOf(TooManyFailuresException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> signIn("spray24", "wrong", "10.9.9.9")).isInstanceOf(BadCredentialsException.class);
        // The next delay is twice as long (32 s) ...
        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> signIn("spray24", "wrong", "10.9.9.9")).isInstanceOf(TooManyFailuresException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> signIn("spray24", "wrong", "10.9.9.9")).isInstanceOf(BadCredentialsException.class);
        // ... and never longer than the cap of one minute.
        clock.advance(Duration.ofSeconds(59));
        assertThatThrownBy(() -> signIn("spray24", "wrong", "10.9.9.9")).isInstanceOf(TooManyFailuresException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> signIn("spray24", "wrong", "10.9.9.9")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_locked_account_stays_locked_under_look_alike_spellings_of_its_name() {
        lock("viewer");
        // dotless i, full-width letters, upper case: the same account, so the same lock
        for (String lookAlike : new String[] {"v\u0131ewer", "\uff56\uff49\uff45\uff57\uff45\uff52", "VIEWER"}) {
            assertThatThrownBy(() -> signIn(lookAlike, DEMO_PASSWORD, "10.1.2.3"))
                    .as(lookAlike)
                    .isInstanceOf(TooManyFailuresException.class);
        }
    }

    @Test
    void names_outside_the_allowed_characters_after_normalising_match_no_account() {
        // dotted capital I folds to i plus a combining dot, which no username may contain
        assertThatThrownBy(() -> signIn("v\u0130ewer", DEMO_PASSWORD, "10.0.0.9"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_typed_name_with_a_line_break_cannot_forge_a_line_in_the_application_log(CapturedOutput output) {
        String forged = "x\r\n2026-12-03T05:00:00.000Z  INFO 1 --- [main] forged : admin signed in";
        assertThatThrownBy(() -> signIn(forged, "wrong", "10.0.0.10")).isInstanceOf(BadCredentialsException.class);
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("2026-12-03T05:00:00.000Z"));
        assertThat(output.getAll()).contains("x\\u000d\\u000a2026-12-03T05:00:00.000Z");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_admin_can_lift_a_lock_early() {
        lock("planner");
        assertThat(throttle.lockedUntil("planner")).contains(clock.instant().plus(Duration.ofMinutes(15)));
        throttle.unlock("PLANNER");
        assertThat(throttle.lockedUntil("planner")).isEmpty();
        assertThat(signIn("planner", DEMO_PASSWORD, "10.0.0.8").isAuthenticated())
                .isTrue();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void sign_ins_failures_and_lockouts_are_audited_with_the_client_address_and_never_the_password() {
        signIn("viewer", DEMO_PASSWORD, "10.1.2.3");
        lock("viewer");
        var entries = auditLog.find(
                new AuditFilter(
                        "viewer",
                        Set.of(AuditAction.LOGIN_SUCCEEDED, AuditAction.LOGIN_FAILED, AuditAction.ACCOUNT_LOCKED),
                        clock.instant().minus(Duration.ofMinutes(1)),
                        null),
                0,
                50);
        assertThat(entries)
                .extracting(e -> e.action())
                .contains(AuditAction.LOGIN_SUCCEEDED, AuditAction.ACCOUNT_LOCKED);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.clientAddress()).isEqualTo("10.1.2.3");
            assertThat(e.details().values()).doesNotContain("wrong", DEMO_PASSWORD);
        });
    }

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

    @Test
    void twenty_people_signing_in_at_once_to_one_account_from_one_address_with_its_password_all_get_in()
            throws Exception {
        clock.advance(Duration.ofDays(1));
        ThrottledAuthenticationProvider slow = provider(new AtomicInteger());
        int people = 20;
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return slow.authenticate(token("viewer", DEMO_PASSWORD, "10.32.0.1"))
                            .isAuthenticated();
                }));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        // and nothing of it is left to lock the account afterwards
        for (int i = 0; i < properties.maxFailures() - 1; i++) {
            assertThatThrownBy(() -> signIn("viewer", "wrong", "10.32.0.1"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn("viewer", DEMO_PASSWORD, "10.32.0.1").isAuthenticated())
                .isTrue();
    }

    @Test
    void an_attempt_that_met_a_last_attempt_which_then_failed_is_refused_as_locked() throws Exception {
        clock.advance(Duration.ofDays(1));
        for (int i = 0; i < properties.maxFailures() - 1; i++) {
            assertThatThrownBy(() -> signIn("staff", "wrong", "10.33.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        ThrottledAuthenticationProvider slow = provider(new AtomicInteger());
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            // the fifth, wrong, is being checked (200 ms) when the right password arrives
            Future<?> last = pool.submit(() -> slow.authenticate(token("staff", "wrong", "10.33.0.1")));
            Thread.sleep(50);
            assertThatThrownBy(() -> signIn("staff", DEMO_PASSWORD, "10.33.0.1"))
                    .isInstanceOf(TooManyFailuresException.class);
            assertThatThrownBy(() -> last.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(TooManyFailuresException.class);
        } finally {
            pool.shutdownNow();
        }
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

    /** The real provider, with a password check that takes a while (200 ms) and is counted. */
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
                return passwordEncoder.matches(raw, encoded);
            }
        };
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(slow);
        return new ThrottledAuthenticationProvider(passwords, throttle, audit);
    }

    private void lock(String username) {
        for (int i = 0; i < 5; i++) {
            try {
                signIn(username, "wrong", "10.1.2.3");
            } catch (BadCredentialsException | TooManyFailuresException expected) {
                // counting
            }
        }
        assertThatThrownBy(() -> signIn(username, DEMO_PASSWORD, "10.1.2.3"))
                .isInstanceOf(TooManyFailuresException.class);
    }

    private Authentication signIn(String username, String password, String address) {
        return provider.authenticate(token(username, password, address));
    }

    static UsernamePasswordAuthenticationToken token(String username, String password, String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
