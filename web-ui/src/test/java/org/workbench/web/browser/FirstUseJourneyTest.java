package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioStatus;
import org.workbench.web.scenario.TestScenarios;
import org.workbench.web.upload.UploadFiles;

/** What a new user tripped over outside the editor and the comparison, in English and Chinese. */
class FirstUseJourneyTest extends BrowserTestSupport {

    @Autowired
    ScenarioService scenarios;

    @Test
    void archiving_asks_first_and_can_be_undone_in_english_and_chinese() {
        ScenarioDetail created = asPlanner(() -> scenarios.create(
                TestScenarios.evCity(
                        "Archive me " + UUID.randomUUID().toString().substring(0, 6)),
                null));
        login(page, "planner", DEMO_PASSWORD);
        page.navigate("/scenarios");
        selectRow(page, created.name());
        page.locator("vaadin-button.action-archive").click();
        // The dialog's host has no box of its own: its slotted button is what shows that it is open.
        Locator confirm = page.locator("vaadin-confirm-dialog.archive-confirm vaadin-button[slot=confirm-button]");
        assertThat(confirm).isVisible();
        awaitOverlaysOpened(page);
        screenshot(page, "scenarios-archive-confirm-en");
        assertThat(page.getByText("can be restored from there")).isVisible();
        page.locator("vaadin-confirm-dialog.archive-confirm vaadin-button[slot=confirm-button]")
                .click();
        assertThat(page.locator("vaadin-notification-card.archived-note")).containsText("is archived");
        screenshot(page, "scenarios-archive-undo-en");
        assertThat(statusOf(created.id())).isEqualTo(ScenarioStatus.ARCHIVED);
        page.locator("vaadin-button.undo-archive").click();
        assertThat(page.getByText("is back from the archive")).isVisible();
        assertThat(statusOf(created.id())).isEqualTo(ScenarioStatus.DRAFT);

        switchLanguage(page, "简体中文");
        page.navigate("/scenarios");
        selectRow(page, created.name());
        page.locator("vaadin-button.action-archive").click();
        assertThat(confirm).isVisible();
        awaitOverlaysOpened(page);
        assertThat(page.getByText("归档这个情景？")).isVisible();
        screenshot(page, "scenarios-archive-confirm-zh");
        page.locator("vaadin-confirm-dialog.archive-confirm vaadin-button[slot=confirm-button]")
                .click();
        assertThat(page.locator("vaadin-notification-card.archived-note")).containsText("已归档");
        screenshot(page, "scenarios-archive-undo-zh");
        page.locator("vaadin-button.undo-archive").click();
        assertThat(page.getByText("已从归档恢复")).isVisible();
        assertThat(statusOf(created.id())).isEqualTo(ScenarioStatus.DRAFT);
        screenshot(page, "scenarios-list-planner-zh");
    }

    @Test
    void a_viewer_sees_no_action_they_may_never_take_and_a_forbidden_page_keeps_the_navigation() {
        login(page, "viewer", DEMO_PASSWORD);
        page.navigate("/scenarios");
        page.locator("vaadin-grid.scenario-grid-list").waitFor();
        assertThat(page.locator("vaadin-button.action-open")).isVisible();
        for (String hidden : List.of("duplicate", "rename", "archive", "unarchive", "delete")) {
            assertThat(page.locator("vaadin-button.action-" + hidden)).isHidden();
        }
        assertThat(page.locator("vaadin-checkbox.mine-filter")).isHidden();
        screenshot(page, "scenarios-list-viewer-en");

        page.navigate("/admin/users");
        assertThat(page.getByText("Page not found")).isVisible();
        assertThat(page.locator("vaadin-app-layout vaadin-side-nav.main-nav")).isVisible();
        assertThat(page.locator("vaadin-button.logout-button")).isVisible();
        screenshot(page, "forbidden-in-shell-en");

        switchLanguage(page, "简体中文");
        page.navigate("/upload");
        assertThat(page.getByText("找不到页面")).isVisible();
        assertThat(page.locator("vaadin-app-layout vaadin-side-nav.main-nav")).isVisible();
        screenshot(page, "forbidden-in-shell-zh");
        page.navigate("/scenarios");
        page.locator("vaadin-grid.scenario-grid-list").waitFor();
        screenshot(page, "scenarios-list-viewer-zh");
    }

    @Test
    void the_language_picked_on_the_login_page_wins_over_the_saved_one_and_leaves_it_as_it_is() {
        assertThat(savedLocale("viewer")).isEqualTo("en");
        page.navigate("/login");
        page.locator("vaadin-select.language-switch").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("简体中文"))
                .click();
        assertThat(page.locator("vaadin-login-form")).containsText("登录");
        login(page, "viewer", DEMO_PASSWORD, false);
        assertThat(page.locator(".app-name")).hasText("情景工作台");
        assertThat(page.locator("vaadin-select.language-switch")).containsText("简体中文");
        screenshot(page, "login-language-kept-zh");
        page.navigate("/scenarios");
        assertThat(page.locator("vaadin-button.action-open")).containsText("打开");
        // Only the switch in the header saves a language with the account.
        assertThat(savedLocale("viewer")).isEqualTo("en");

        var fresh = newContext();
        Page other = fresh.newPage();
        login(other, "viewer", DEMO_PASSWORD);
        assertThat(other.locator(".app-name")).hasText("Scenario Workbench");
        fresh.close();
    }

    @Test
    void an_import_links_to_its_scenario_and_sizes_and_counts_read_right() {
        login(page, "staff", DEMO_PASSWORD);
        page.navigate("/upload");
        String name = "Linked " + UUID.randomUUID().toString().substring(0, 6);
        uploadWorkbook(page, "linked.xlsx", UploadFiles.valid(TestScenarios.evCity(name)));
        page.locator("vaadin-button.commit-button").click();
        assertThat(page.locator(".commit-done")).containsText(name);
        assertThat(page.locator("vaadin-notification-card.commit-note a.scenario-link"))
                .isVisible();
        screenshot(page, "upload-committed-link-en");
        page.locator("#upload-open-scenario").click();
        page.waitForURL(Pattern.compile(".*/scenarios/\\d+$"));
        assertThat(page.locator("h2.scenario-title")).hasText(name);

        page.navigate("/upload");
        byte[] tiny = "not,a,workbook\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8);
        assertThat(tiny).hasSize(23);
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("tiny.csv", "text/csv", tiny));
        assertThat(page.locator(".preview-file")).containsText("23 bytes");
        screenshot(page, "upload-tiny-en");
        uploadWorkbook(page, "broken.xlsx", UploadFiles.withErrors(TestScenarios.evCity("Broken " + name)));
        assertThat(page.locator(".preview-problems h3")).hasText("Problems: 2 errors, no warnings");
        screenshot(page, "upload-problems-wrapped-en");

        page.navigate("/upload/history");
        Locator history = page.locator("vaadin-grid.upload-history");
        assertThat(history.locator("a.history-scenario-link").first()).isVisible();
        assertThat(history).containsText("23 bytes");
        assertThat(history).containsText("Original");
        screenshot(page, "upload-history-links-en");
        history.locator("a.history-scenario-link")
                .filter(new Locator.FilterOptions().setHasText(name))
                .click();
        page.waitForURL(Pattern.compile(".*/scenarios/\\d+$"));
        assertThat(page.locator("h2.scenario-title")).hasText(name);

        switchLanguage(page, "简体中文");
        page.navigate("/upload/history");
        assertThat(page.locator("vaadin-grid.upload-history")).containsText("23 字节");
        screenshot(page, "upload-history-links-zh");
        page.navigate("/upload");
        uploadWorkbook(page, "broken.xlsx", UploadFiles.withErrors(TestScenarios.evCity("Broken zh " + name)));
        assertThat(page.locator(".preview-problems h3")).hasText("问题：2 个错误，0 个警告");
        screenshot(page, "upload-problems-wrapped-zh");
    }

    @Test
    void the_sessions_dialog_and_the_history_comments_show_their_text_whole() {
        ScenarioDetail created = asPlanner(() -> {
            ScenarioDetail first = scenarios.create(TestScenarios.evCity("Commented " + UUID.randomUUID()), null);
            return scenarios.save(
                    new org.workbench.web.scenario.ScenarioId(first.id()),
                    first.version(),
                    TestScenarios.withDiscountRate(first.scenario(), 0.045),
                    "Discount rate raised to the rate the finance bureau uses for ten-year municipal bonds");
        });
        var plannerContext = newContext();
        login(plannerContext.newPage(), "planner", DEMO_PASSWORD);
        login(page, "admin", ADMIN_PASSWORD);
        page.navigate("/admin/users");
        page.locator(".user-actions[data-username=planner] vaadin-button.action-sessions")
                .click();
        assertThat(page.locator("vaadin-grid.sessions-grid vaadin-button.end-session")
                        .first())
                .isVisible();
        awaitOverlaysOpened(page);
        screenshot(page, "sessions-dialog-en");
        page.keyboard().press("Escape");

        page.navigate("/scenarios/" + created.id());
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("History"))
                .click();
        assertThat(page.locator("vaadin-grid.versions-grid")).containsText("ten-year municipal bonds");
        screenshot(page, "history-comment-en");

        switchLanguage(page, "简体中文");
        page.navigate("/admin/users");
        page.locator(".user-actions[data-username=planner] vaadin-button.action-sessions")
                .click();
        awaitOverlaysOpened(page);
        screenshot(page, "sessions-dialog-zh");
        page.keyboard().press("Escape");
        page.navigate("/scenarios");
        page.locator("vaadin-grid.scenario-grid-list").waitFor();
        screenshot(page, "scenarios-list-admin-zh");
        plannerContext.close();
    }

    // ---- helpers

    private static void selectRow(Page page, String name) {
        Locator grid = page.locator("vaadin-grid.scenario-grid-list");
        page.locator("vaadin-text-field.scenario-search input").fill(name);
        // The grid keeps the cells of rows it no longer shows: only the visible ones count.
        assertThat(grid.locator("a.scenario-link >> visible=true")).hasCount(1);
        assertThat(grid.locator("a.scenario-link >> visible=true")).hasText(name);
        grid.locator("vaadin-grid-cell-content vaadin-checkbox:not(.vaadin-grid-select-all-checkbox) >> visible=true")
                .first()
                .click();
        assertThat(page.locator("vaadin-button.action-archive")).isEnabled();
    }

    private static void switchLanguage(Page page, String language) {
        page.locator("vaadin-select.language-switch").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(language))
                .click();
        page.locator(".app-name")
                .filter(new Locator.FilterOptions()
                        .setHasText(language.equals("English") ? "Scenario Workbench" : "情景工作台"))
                .waitFor();
    }

    private static void login(Page page, String username, String password, boolean fresh) {
        if (fresh) {
            page.navigate("/login");
        }
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
    }

    private ScenarioStatus statusOf(long id) {
        return asPlanner(() -> scenarios.get(id).status());
    }

    private String savedLocale(String username) {
        return jdbc.queryForObject("select locale from app_user where username = ?", String.class, username);
    }

    private static <T> T asPlanner(java.util.function.Supplier<T> work) {
        TestUsers.signIn("planner", Role.PLANNER);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
