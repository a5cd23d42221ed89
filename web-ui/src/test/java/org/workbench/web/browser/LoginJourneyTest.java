package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class LoginJourneyTest extends BrowserTestSupport {

    @Test
    void an_admin_signs_in_sees_home_switches_to_chinese_and_signs_out() {
        login(page, "admin", ADMIN_PASSWORD);
        assertThat(page.locator(".home-view h2")).hasText("What is this place for?");
        assertThat(page.locator(".current-user")).hasText("Administrator");
        screenshot(page, "home-en");

        page.locator("vaadin-select.language-switch").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("简体中文"))
                .click();
        assertThat(page.locator(".home-view h2")).hasText("这个工具是做什么的？");
        assertThat(page.locator(".app-name")).hasText("情景工作台");
        screenshot(page, "home-zh");

        // The choice is remembered with the account: a fresh sign-in comes back in Chinese.
        var again = newContext();
        var secondPage = again.newPage();
        login(secondPage, "admin", ADMIN_PASSWORD);
        assertThat(secondPage.locator(".home-view h2")).hasText("这个工具是做什么的？");
        secondPage.locator("vaadin-select.language-switch").click();
        secondPage
                .locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("English"))
                .click();
        assertThat(secondPage.locator(".home-view h2")).hasText("What is this place for?");
        again.close();

        page.locator("vaadin-button.logout-button").click();
        page.waitForURL("**/login**");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.navigate("/");
        page.waitForURL("**/login**");
    }

    @Test
    void a_wrong_password_shows_an_error_and_does_not_sign_in() {
        page.navigate("/login");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill("not-the-password");
        page.locator("vaadin-login-form input[name=password]").press("Enter");
        page.waitForURL("**/login?error**");
        assertThat(page.getByText("The username or password is not right. Check them and try again."))
                .isVisible();
        screenshot(page, "login-error");

        page.navigate("/");
        page.waitForURL("**/login**");
        assertThat(page.url()).contains("/login");
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
    }
}
