package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.web.account.AccountAdminService;
import org.workbench.web.account.OneTimePassword;
import org.workbench.web.account.Role;
import org.workbench.web.account.UserDetailsForm;

/** The accounts journeys of issue 8 in a real browser, with screenshots in English and Chinese. */
class AccountJourneyTest extends BrowserTestSupport {
    private static final String PLANNER_OWN_PASSWORD = "rainy harbour lantern 42";

    @Autowired
    AccountAdminService accounts;

    @Test
    void an_admin_creates_a_planner_who_must_change_the_one_time_password_and_is_signed_out_when_disabled() {
        List<String> cspViolations = watchCsp(page);
        // The policy is really in force for the pages below.
        assertThat(page.navigate("/login").headerValue("content-security-policy"))
                .contains("frame-ancestors 'none'");
        login(page, "admin", ADMIN_PASSWORD);
        assertThat(page.navigate("/admin/users").headerValue("content-security-policy"))
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
        page.navigate("/admin/users");
        assertThat(page.locator("vaadin-grid.users-grid")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("planner"))
                        .first())
                .isVisible();

        page.locator("vaadin-button.new-user").click();
        page.locator("vaadin-text-field.field-username input").fill("city.planner");
        page.locator("vaadin-text-field.field-display-name input").fill("Li Ming");
        page.locator("vaadin-email-field.field-email input").fill("li.ming@city.example");
        page.locator("vaadin-checkbox-group.field-roles vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Planner"))
                .click();
        screenshot(page, "users-create-dialog-en");
        page.locator("vaadin-button.dialog-save").click();
        Locator otpField = page.locator("vaadin-text-field.one-time-password input");
        assertThat(otpField).isVisible();
        String oneTimePassword = otpField.inputValue();
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(12);
        screenshot(page, "users-one-time-password-en");
        page.locator("vaadin-button.otp-close").click();
        assertThat(page.locator("[data-username='city.planner']")).isVisible();
        screenshot(page, "users-grid-en");

        // The planner signs in with the one-time password and is held on the account page.
        BrowserContext plannerContext = newContext();
        Page planner = plannerContext.newPage();
        login(planner, "city.planner", oneTimePassword);
        planner.waitForURL("**/account");
        assertThat(planner.locator(".must-change-banner")).isVisible();
        screenshot(planner, "account-must-change-en");
        planner.navigate("/");
        planner.waitForURL("**/account");
        assertThat(planner.locator(".must-change-banner")).isVisible();

        // A common password is refused with the reason, then the planner's own one is taken.
        planner.locator("vaadin-password-field.current-password input").fill(oneTimePassword);
        planner.locator("vaadin-password-field.new-password input").fill("qwerty123456");
        planner.locator("vaadin-password-field.repeat-password input").fill("qwerty123456");
        planner.locator("vaadin-button.change-password").click();
        assertThat(planner.locator(".password-problem").first()).containsText("most common");
        planner.locator("vaadin-password-field.new-password input").fill(PLANNER_OWN_PASSWORD);
        planner.locator("vaadin-password-field.repeat-password input").fill(PLANNER_OWN_PASSWORD);
        planner.locator("vaadin-button.change-password").click();
        planner.waitForURL(url -> !url.contains("/account"));
        assertThat(planner.locator(".home-view h2")).isVisible();
        planner.navigate("/account");
        assertThat(planner.locator(".must-change-banner")).hasCount(0);
        screenshot(planner, "account-en");

        // The admin disables the planner: the planner's open page is sent to the login page at once.
        page.navigate("/admin/users");
        page.locator("[data-username='city.planner'] vaadin-button.action-disable")
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes"))
                .click();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Disabled")))
                .hasCount(1);
        planner.waitForURL("**/login**", new Page.WaitForURLOptions().setTimeout(15_000));
        assertThat(planner.locator("vaadin-login-form")).isVisible();
        assertThat(planner.locator(".login-notice")).containsText("session has ended");
        screenshot(planner, "login-session-ended-en");
        planner.navigate("/account");
        planner.waitForURL("**/login**");
        plannerContext.close();

        // The audit log tells the story.
        page.navigate("/admin/audit");
        page.locator("vaadin-text-field.filter-actor input").fill("admin");
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Account created"))
                        .first())
                .isVisible();
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Account disabled"))
                        .first())
                .isVisible();
        screenshot(page, "audit-en");
        var download = page.waitForDownload(() -> page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Export to Excel"))
                .click());
        assertThat(download.suggestedFilename()).endsWith(".xlsx");

        // The content security policy lets Vaadin and ECharts from /webjars work.
        page.addScriptTag(new Page.AddScriptTagOptions().setUrl("/webjars/echarts/5.3.1/dist/echarts.min.js"));
        assertThat(page.evaluate("typeof echarts.init")).isEqualTo("function");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void six_wrong_passwords_lock_the_sign_in_and_the_page_says_so_alike_for_known_and_unknown_usernames() {
        asAdmin(() -> accounts.create(
                new UserDetailsForm("lock.target", "Lock Target", null, Set.of(Role.VIEWER), Locale.ENGLISH)));
        failSixTimes(page, "lock.target");
        screenshot(page, "login-locked-en");
        String knownUrl = page.url();
        failSixTimes(page, "no.such.person");
        // Same address, same words: nothing tells whether the username exists.
        assertThat(page.url()).isEqualTo(knownUrl);

        BrowserContext chinese = newChineseContext();
        Page zh = chinese.newPage();
        zh.navigate("/login?locked");
        assertThat(zh.locator("vaadin-login-form")).containsText("失败次数过多");
        screenshot(zh, "login-locked-zh");
        chinese.close();
    }

    @Test
    void the_admin_pages_and_the_account_page_read_in_chinese() {
        OneTimePassword otp = asAdmin(() -> accounts.create(new UserDetailsForm(
                "admin.zh", "王芳", "wang.fang@city.example", Set.of(Role.ADMIN), Locale.SIMPLIFIED_CHINESE)));
        BrowserContext chinese = newChineseContext();
        Page zh = chinese.newPage();
        login(zh, "admin.zh", otp.password());
        zh.waitForURL("**/account");
        zh.locator("vaadin-password-field.current-password input").fill(otp.password());
        zh.locator("vaadin-password-field.new-password input").fill("短");
        zh.locator("vaadin-password-field.repeat-password input").fill("短");
        zh.locator("vaadin-button.change-password").click();
        assertThat(zh.locator(".password-problem").first()).containsText("至少需要 12 个字符");
        screenshot(zh, "account-zh");
        zh.locator("vaadin-password-field.new-password input").fill("长江后浪推前浪一代新人换旧人");
        zh.locator("vaadin-password-field.repeat-password input").fill("长江后浪推前浪一代新人换旧人");
        zh.locator("vaadin-button.change-password").click();
        zh.waitForURL(url -> !url.contains("/account"));

        zh.navigate("/admin/users");
        assertThat(zh.locator("h2")).hasText("用户管理");
        screenshot(zh, "users-grid-zh");
        zh.locator("vaadin-button.new-user").click();
        zh.locator("vaadin-text-field.field-username input").fill("zhang.wei");
        zh.locator("vaadin-text-field.field-display-name input").fill("张伟");
        zh.locator("vaadin-checkbox-group.field-roles vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("规划"))
                .click();
        zh.locator("vaadin-button.dialog-save").click();
        assertThat(zh.locator("vaadin-text-field.one-time-password input")).isVisible();
        screenshot(zh, "users-one-time-password-zh");
        zh.locator("vaadin-button.otp-close").click();

        zh.navigate("/admin/audit");
        assertThat(zh.locator("h2")).hasText("审计日志");
        assertThat(zh.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("创建账户"))
                        .first())
                .isVisible();
        screenshot(zh, "audit-zh");
        chinese.close();
    }

    @Test
    void the_audit_log_shows_times_as_the_clock_of_the_users_browser_reads_them() {
        BrowserContext shanghai = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1440, 900)
                        .setLocale("en-US")
                        .setTimezoneId("Asia/Shanghai")
                        .setBaseURL(baseUrl()));
        shanghai.setDefaultTimeout(WAIT_MS);
        Page there = shanghai.newPage();
        login(there, "admin", ADMIN_PASSWORD);

        there.navigate("/admin/audit");

        // The server runs in UTC; the times follow the browser, from the first view on.
        assertThat(there.locator(".audit-zone")).hasText("Times in Asia/Shanghai");
        shanghai.close();
    }

    private void failSixTimes(Page target, String username) {
        for (int i = 0; i < 6; i++) {
            target.navigate("/login");
            target.locator("vaadin-login-form input[name=username]").fill(username);
            target.locator("vaadin-login-form input[name=password]").fill("wrong-password-" + i);
            target.locator("vaadin-login-form input[name=password]").press("Enter");
            target.waitForURL(url -> url.contains("?error") || url.contains("?locked"));
        }
        assertThat(target.url()).contains("?locked");
        assertThat(target.locator("vaadin-login-form"))
                .containsText("Too many failed attempts. Try again in 15 minutes.");
        assertThat(target.locator("vaadin-login-form")).not().containsText("not right");
    }

    private BrowserContext newChineseContext() {
        BrowserContext created = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1440, 900)
                        .setLocale("zh-CN")
                        .setBaseURL(baseUrl()));
        created.setDefaultTimeout(WAIT_MS);
        return created;
    }

    private static List<String> watchCsp(Page target) {
        List<String> violations = new CopyOnWriteArrayList<>();
        target.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        return violations;
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", "n/a", AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(security);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
