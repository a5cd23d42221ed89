package org.workbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The headers a reviewer checks first, and error pages that give nothing away. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void pages_carry_a_content_security_policy_that_forbids_framing_and_no_sniffing_and_a_referrer_policy()
            throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .as("headers %s", login.headers().map())
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                        .contains("connect-src 'self'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    @Test
    void error_pages_are_generic_without_stack_trace_exception_or_server_version() throws Exception {
        HttpResponse<String> missing = get("/no-such-static-file.css");
        HttpResponse<String> bad = get("/error");
        for (HttpResponse<String> response : new HttpResponse[] {missing, bad}) {
            assertThat(response.body())
                    .doesNotContainIgnoringCase("exception")
                    .doesNotContain("Whitelabel")
                    .doesNotContain("Tomcat")
                    .doesNotContain("at org.");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
