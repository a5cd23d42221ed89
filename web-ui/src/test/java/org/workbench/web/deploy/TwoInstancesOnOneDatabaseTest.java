package org.workbench.web.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.workbench.web.Application;
import org.workbench.web.account.UserAccount;
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

        JdbcTemplate jdbc() {
            return context.getBean(JdbcTemplate.class);
        }
    }
}
