package org.workbench.web.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.workbench.domain.Scenario;
import org.workbench.web.Application;
import org.workbench.web.account.Role;
import org.workbench.web.account.UserAccount;
import org.workbench.web.scenario.ScenarioConflictException;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioId;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;
import org.workbench.web.security.UserSessions;
import org.workbench.web.testdb.TestDatabase;

/**
 * Two instances of the app (two Spring application contexts, each with its own web server, connection pool and
 * caches) on one database, as behind a load balancer: an edit made from a stale read must be refused, never silently
 * overwrite what the other instance saved. Runs on H2 (one in-memory database shared by both) and, with
 * WORKBENCH_TEST_DB=postgres, on one schema of the PostgreSQL server.
 */
@Tag("two-instances")
class TwoInstancesOnOneDatabaseTest {
    private static Instance first;
    private static Instance second;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() {
        String database = TestDatabase.isPostgres()
                ? "--" + TestDatabase.SCHEMA + "=" + TestDatabase.newSchemaName()
                : "--spring.datasource.url=jdbc:h2:mem:two-instances-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        first = Instance.start(database);
        second = Instance.start(database);
    }

    @AfterAll
    static void stopInstances() {
        if (second != null) {
            second.context.close();
        }
        if (first != null) {
            first.context.close();
        }
    }

    @Test
    void the_second_instance_finds_the_schema_migrated_by_the_first_and_migrates_nothing_again() {
        assertThat(second.flyway().info().pending()).isEmpty();
        assertThat(second.flyway().info().applied())
                .extracting(migration -> migration.getVersion() + " " + migration.getInstalledRank())
                .containsExactlyElementsOf(Arrays.stream(first.flyway().info().applied())
                        .map(migration -> migration.getVersion() + " " + migration.getInstalledRank())
                        .toList());
        assertThat(second.jdbc().queryForObject("select count(*) from app_user where username = 'admin'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void a_save_from_a_stale_read_in_one_instance_is_refused_after_the_other_instance_saved() {
        UserAccount staleInFirst = first.inTransaction(em -> findAdmin(em));
        second.inTransaction(em -> {
            findAdmin(em).setDisplayName("Renamed through the second instance");
            return null;
        });

        staleInFirst.setDisplayName("Renamed through the first instance");
        assertThatThrownBy(() -> first.inTransaction(em -> em.merge(staleInFirst)))
                .isInstanceOf(OptimisticLockException.class);

        String saved = first.inTransaction(em -> findAdmin(em).getDisplayName());
        assertThat(saved).isEqualTo("Renamed through the second instance");
    }

    @Test
    void of_two_overlapping_transactions_in_two_instances_the_one_committing_second_fails() {
        long versionBefore = first.inTransaction(em -> findAdmin(em).getVersion());

        assertThatThrownBy(() -> first.inTransaction(emFirst -> {
                    UserAccount readByFirst = findAdmin(emFirst);
                    second.inTransaction(emSecond -> {
                        findAdmin(emSecond).setEmail("second@example.org");
                        return null;
                    });
                    readByFirst.setEmail("first@example.org");
                    return null;
                }))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        UserAccount saved = second.inTransaction(em -> findAdmin(em));
        assertThat(saved.getEmail()).isEqualTo("second@example.org");
        assertThat(saved.getVersion()).isEqualTo(versionBefore + 1);
    }

    @Test
    void a_scenario_saved_through_one_instance_makes_a_stale_save_through_the_other_a_conflict() {
        signInAsPlanner();
        ScenarioDetail created =
                first.scenarios().create(TestScenarios.evCity("Two instances " + UUID.randomUUID()), null);
        ScenarioDetail loadedInFirst = first.scenarios().get(created.id());
        ScenarioDetail loadedInSecond = second.scenarios().get(created.id());

        ScenarioDetail savedBySecond = second.scenarios()
                .save(
                        new ScenarioId(created.id()),
                        loadedInSecond.version(),
                        TestScenarios.withDiscountRate(loadedInSecond.scenario(), 0.05),
                        "through the second instance");

        var conflict = catchThrowableOfType(
                ScenarioConflictException.class,
                () -> first.scenarios()
                        .save(
                                new ScenarioId(created.id()),
                                loadedInFirst.version(),
                                TestScenarios.withDiscountRate(loadedInFirst.scenario(), 0.07),
                                "through the first instance"));

        assertThat(conflict).isNotNull();
        assertThat(conflict.current().version()).isEqualTo(savedBySecond.version());
        ScenarioDetail stored = first.scenarios().get(created.id());
        assertThat(stored.scenario()).isEqualTo(savedBySecond.scenario());
        assertThat(first.scenarios().versions(created.id())).hasSize(2);
    }

    @Test
    void of_two_overlapping_scenario_saves_in_two_instances_one_is_refused_and_nothing_is_lost() throws Exception {
        signInAsPlanner();
        ScenarioDetail created = first.scenarios().create(TestScenarios.evCity("Overlap " + UUID.randomUUID()), null);
        Scenario byFirst = TestScenarios.withDiscountRate(created.scenario(), 0.05);
        Scenario bySecond = TestScenarios.withDiscountRate(created.scenario(), 0.07);
        var saveBySecond = new CompletableFuture<ScenarioDetail>();

        first.inTransaction(em -> {
            first.scenarios().save(new ScenarioId(created.id()), created.version(), byFirst, "first");
            em.flush();
            // The second instance saves while the first one's transaction is still open.
            Thread.ofPlatform().start(() -> {
                signInAsPlanner();
                try {
                    saveBySecond.complete(second.scenarios()
                            .save(new ScenarioId(created.id()), created.version(), bySecond, "second"));
                } catch (RuntimeException e) {
                    saveBySecond.completeExceptionally(e);
                }
            });
            waitUntilBlockedOrDone(saveBySecond);
            return null;
        });

        assertThatThrownBy(() -> saveBySecond.get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .satisfies(cause -> {
                    if (TestDatabase.isPostgres()) {
                        // The second save waits for the first's row lock, then sees its version: the conflict dialog.
                        assertThat(cause).isInstanceOf(ScenarioConflictException.class);
                    } else {
                        // H2 ends the wait by its lock timeout here, because the first transaction stays open.
                        assertThat(cause)
                                .isInstanceOfAny(ScenarioConflictException.class, ConcurrencyFailureException.class);
                    }
                });
        ScenarioDetail stored = second.scenarios().get(created.id());
        assertThat(stored.scenario()).isEqualTo(byFirst);
        assertThat(second.scenarios().versions(created.id())).hasSize(2);
    }

    @Test
    void ending_a_users_sessions_through_one_instance_signs_them_out_on_the_other_at_their_next_request()
            throws Exception {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String onSecond = "http://localhost:" + second.port();
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create(onSecond + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=viewer&password=Demo-password-for-tests-1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        assertThat(get(browser, onSecond + "/").statusCode()).isEqualTo(200);

        var admin = UsernamePasswordAuthenticationToken.authenticated(
                "admin", "n/a", List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
        var context = first.securityContexts().createEmptyContext();
        context.setAuthentication(admin);
        first.securityContexts().setContext(context);
        first.context.getBean(UserSessions.class).endAll("viewer");

        HttpResponse<String> after = get(browser, onSecond + "/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("login"));
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** On PostgreSQL, waits until the other save waits for the first's row locks; on H2 its lock timeout ends it. */
    private static void waitUntilBlockedOrDone(CompletableFuture<?> other) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!other.isDone() && System.nanoTime() < deadline) {
            if (TestDatabase.isPostgres()
                    && second.jdbc()
                                    .queryForObject(
                                            "select count(*) from pg_stat_activity where wait_event_type = 'Lock'",
                                            Long.class)
                            > 0) {
                return;
            }
            Thread.onSpinWait();
        }
    }

    /**
     * Signs in on both instances. Each context's method security reads its own Vaadin-aware security context holder,
     * and the static {@link SecurityContextHolder} points at only one of them when two contexts share a JVM.
     */
    private static void signInAsPlanner() {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                "pat", "n/a", List.of(new SimpleGrantedAuthority(Role.PLANNER.authority())));
        for (Instance instance : List.of(first, second)) {
            var context = instance.securityContexts().createEmptyContext();
            context.setAuthentication(authentication);
            instance.securityContexts().setContext(context);
        }
    }

    @AfterEach
    void signOut() {
        first.securityContexts().clearContext();
        second.securityContexts().clearContext();
    }

    private static UserAccount findAdmin(EntityManager em) {
        return em.createQuery("select u from UserAccount u where u.username = 'admin'", UserAccount.class)
                .getSingleResult();
    }

    private record Instance(ConfigurableApplicationContext context) {

        static Instance start(String database) {
            return new Instance(new SpringApplicationBuilder(Application.class)
                    .profiles("test")
                    .run("--server.port=0", database));
        }

        <T> T inTransaction(Function<EntityManager, T> work) {
            EntityManager em =
                    SharedEntityManagerCreator.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
            return new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                    .execute(status -> work.apply(em));
        }

        Flyway flyway() {
            return context.getBean(Flyway.class);
        }

        SecurityContextHolderStrategy securityContexts() {
            return context.getBeanProvider(SecurityContextHolderStrategy.class)
                    .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        }

        ScenarioService scenarios() {
            return context.getBean(ScenarioService.class);
        }

        JdbcTemplate jdbc() {
            return context.getBean(JdbcTemplate.class);
        }

        int port() {
            return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        }
    }
}
