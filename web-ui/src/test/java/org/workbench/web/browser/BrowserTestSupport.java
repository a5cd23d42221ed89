package org.workbench.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real-browser journeys: the app on a random port, Debian's Chromium driven headless by Playwright (no browser
 * download). Every journey class shares one Spring context and so one running app. Tagged {@value #TAG} (inherited by
 * every journey) so that CI's PostgreSQL pass can leave the slow browser runs to the H2 pass.
 */
@Tag(BrowserTestSupport.TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTestSupport {
    public static final String TAG = "browser";
    public static final String ADMIN_PASSWORD = "Admin-password-for-tests-1";
    public static final String DEMO_PASSWORD = "Demo-password-for-tests-1";
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /**
     * How long actions and expectations wait for their condition. Generous because the suite runs on a loaded
     * machine; a passing wait returns as soon as its condition holds, so only a failure takes this long.
     */
    protected static final int WAIT_MS = 20_000;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        // Playwright's expectations wait 5 s by default, much less than its actions (set per context below).
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MS);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(
                                Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    // Journeys switch users to Chinese and sign in on the test's own thread; the next journey starts from English
    // and nobody signed in, whichever of them runs next.
    @AfterEach
    void backToEnglish() {
        jdbc.update("update app_user set locale = 'en'");
        SecurityContextHolder.clearContext();
    }

    protected BrowserContext newContext() {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1440, 900)
                .setLocale("en-US")
                .setBaseURL(baseUrl()));
        created.setDefaultTimeout(WAIT_MS);
        return created;
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Signs in through the login form and waits until the app has left the login page. */
    protected static void login(Page page, String username, String password) {
        page.navigate("/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
    }

    /** Drops a workbook on the upload page and waits until its preview is shown. */
    protected static void uploadWorkbook(Page page, String name, byte[] bytes) {
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes));
        PlaywrightAssertions.assertThat(page.locator(".upload-preview h3").first())
                .containsText(name);
        page.locator(".preview-timings").waitFor();
    }

    /** Waits until no overlay (dialog, menu) is still in its opening animation, e.g. before a screenshot. */
    protected static void awaitOverlaysOpened(Page target) {
        PlaywrightAssertions.assertThat(target.locator("[opening]")).hasCount(0);
    }

    protected void screenshot(Page target, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            target.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(name + ".png"))
                    .setFullPage(true));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
