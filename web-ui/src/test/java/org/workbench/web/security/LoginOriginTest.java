package org.workbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Login CSRF over plain HTTP: a page on another site must not be able to post the sign-in form and so sign the
 * victim's browser into the attacker's account. The same form posted from the app's own pages still signs in.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "workbench.security.allowed-origins=https://workbench.example.org")
@ActiveProfiles("test")
class LoginOriginTest {
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void a_sign_in_posted_from_another_site_is_refused_and_signs_nobody_in() throws Exception {
        HttpResponse<String> response = postLogin("http://evil.example", null);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void without_an_origin_a_referer_from_another_site_is_refused_too() throws Exception {
        assertThat(postLogin(null, "http://evil.example/page.html").statusCode())
                .isEqualTo(403);
        assertThat(postLogin("null", null).statusCode()).isEqualTo(403);
    }

    @Test
    void a_sign_in_from_the_apps_own_origin_or_a_configured_proxy_origin_signs_in() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {
            postLogin("http://localhost:" + port, null),
            postLogin(null, "http://localhost:" + port + "/login"),
            postLogin("https://workbench.example.org", null)
        }) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).doesNotContain("login"));
        }
    }

    private HttpResponse<String> postLogin(@Nullable String origin, @Nullable String referer) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=planner&password=" + LoginThrottleTest.DEMO_PASSWORD));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (referer != null) {
            request.header("Referer", referer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
