package org.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.SampleScenarios;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApplicationIntegrationTest {
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SeedCountsWhenServing seedCountsWhenServing;

    /** What the database held at the moment the web server opened its port (the first request may come next). */
    static final class SeedCountsWhenServing implements ApplicationListener<WebServerInitializedEvent> {
        private final JdbcTemplate jdbc;
        volatile int users = -1;
        volatile int scenarios = -1;

        SeedCountsWhenServing(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            users = count("select count(*) from app_user where username in ('admin', 'planner', 'staff', 'viewer')");
            scenarios = count("select count(*) from scenario");
        }

        private int count(String sql) {
            Integer n = jdbc.queryForObject(sql, Integer.class);
            return n == null ? 0 : n;
        }
    }

    @TestConfiguration
    static class RecordSeedsWhenServing {
        @Bean
        SeedCountsWhenServing seedCountsWhenServing(JdbcTemplate jdbc) {
            return new SeedCountsWhenServing(jdbc);
        }
    }

    @Test
    void the_admin_the_demo_accounts_and_the_samples_exist_before_the_web_server_accepts_a_request() {
        assertThat(seedCountsWhenServing.users).isEqualTo(4);
        // The samples, and one more whose industries link to the illustrative multiplier table.
        assertThat(seedCountsWhenServing.scenarios)
                .isEqualTo(SampleScenarios.all().size() + 1);
    }

    @Test
    void the_app_starts_on_h2_with_every_migration_applied_and_an_admin_created() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_user u join app_user_role r on r.user_id = u.id"
                                + " where u.username = 'admin' and r.role = 'ADMIN'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void an_anonymous_request_for_a_view_is_sent_to_the_login_page() throws Exception {
        HttpResponse<String> response = get("/");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void health_is_up_without_signing_in_and_nothing_else_of_actuator_is_exposed() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/beans").statusCode()).isNotEqualTo(200);
    }

    @Test
    void the_login_page_is_served_to_anonymous_users() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
