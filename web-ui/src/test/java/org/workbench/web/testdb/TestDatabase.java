package org.workbench.web.testdb;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Points the test profile at PostgreSQL when {@code WORKBENCH_TEST_DB=postgres} (environment or system property),
 * else leaves application-test.properties' in-memory H2 alone.
 *
 * <p>Every Spring test context expects an empty database of its own, as H2 in memory gives it. On PostgreSQL each
 * context gets its own schema in one database: the connection's {@code currentSchema} and Flyway's schema must be the
 * same name, which is why it is made here once and not with {@code ${random.value}} (that is new on every lookup).
 * Tests that need two contexts on one database set {@value #SCHEMA} themselves.
 */
public class TestDatabase implements EnvironmentPostProcessor {
    public static final String SCHEMA = "workbench.test.schema";
    static final String SWITCH = "WORKBENCH_TEST_DB";
    static final String URL = "WORKBENCH_TEST_DB_URL";
    static final String USER = "WORKBENCH_TEST_DB_USER";
    static final String PASSWORD = "WORKBENCH_TEST_DB_PASSWORD";

    /** Whether this run's tests go to PostgreSQL. */
    public static boolean isPostgres() {
        String chosen = System.getProperty(SWITCH, System.getenv(SWITCH));
        return "postgres".equalsIgnoreCase(chosen);
    }

    /** A schema name PostgreSQL takes unquoted: lower case letters, digits, underscore. */
    public static String newSchemaName() {
        byte[] random = new byte[8];
        ThreadLocalRandom.current().nextBytes(random);
        return "wb_" + HexFormat.of().formatHex(random);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("test")) || !isPostgres()) {
            return;
        }
        String url = required(environment, URL);
        String schema = environment.getProperty(SCHEMA, newSchemaName());
        Map<String, Object> properties = new HashMap<>();
        properties.put(SCHEMA, schema);
        properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        properties.put("spring.datasource.username", environment.getProperty(USER, "postgres"));
        properties.put("spring.datasource.password", environment.getProperty(PASSWORD, ""));
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.flyway.default-schema", schema);
        properties.put("spring.flyway.create-schemas", "true");
        // Many contexts stay cached during a run: keep each one's share of the server's connections small.
        properties.put("spring.datasource.hikari.maximum-pool-size", "4");
        properties.put("spring.datasource.hikari.minimum-idle", "0");
        properties.put("spring.datasource.hikari.idle-timeout", "10000");
        environment.getPropertySources().addFirst(new MapPropertySource("workbench-test-database", properties));
    }

    private static String required(ConfigurableEnvironment environment, String name) {
        String value = environment.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    SWITCH + "=postgres needs " + name + ", e.g. jdbc:postgresql://127.0.0.1:55432/workbench_test");
        }
        return value;
    }
}
