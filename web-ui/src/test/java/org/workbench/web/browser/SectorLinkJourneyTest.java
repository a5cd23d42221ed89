package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.domain.Industry;
import org.workbench.domain.MultiplierType;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;
import org.workbench.web.multiplier.MultiplierFixtures;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

/**
 * A planner uploads an input-output table, links an industry of a scenario to one of its sectors in the editor, sees
 * the multiplier it takes and how that multiplier is made, saves, and reads the same in Chinese.
 */
class SectorLinkJourneyTest extends BrowserTestSupport {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    ScenarioService scenarios;

    private static void switchLanguage(Page page, String language) {
        page.locator("vaadin-select.language-switch").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(language))
                .click();
    }

    private static void choose(Page page, String comboClass, String typed, String item) {
        page.locator("vaadin-combo-box." + comboClass + " input").fill(typed);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .click();
    }

    private static void openIndustry(Page page, String code, String tab) {
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText(tab))
                .click();
        page.locator("vaadin-grid.industries-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + code + "$")))
                .first()
                .click();
        page.locator(".industries-form .sector-picker").first().waitFor();
        // the form is still being bound to the row by the server: a click before that is lost
        page.waitForFunction("() => !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
    }

    @Test
    void a_planner_links_an_industry_to_a_sector_sees_the_multiplier_and_its_derivation_in_both_languages()
            throws Exception {
        String name = "Linking " + UUID.randomUUID().toString().substring(0, 8);
        login(page, "planner", DEMO_PASSWORD);
        page.navigate("/multipliers");
        byte[] table = MultiplierFixtures.workbook(MultiplierFixtures.table(name, 2024, 12, false));
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("table.xlsx", XLSX, table));
        assertThat(page.locator(".upload-stored")).containsText("Stored “" + name + "” (2024) with 12 sectors.");

        ScenarioDetail scenario;
        TestUsers.signIn("planner", Role.PLANNER);
        try {
            scenario = scenarios.create(TestScenarios.evCity(name), null);
        } finally {
            SecurityContextHolder.clearContext();
        }
        page.navigate("/scenarios/" + scenario.id());
        openIndustry(page, "EV", "Industries");
        assertThat(page.locator(".industries-form .sector-link-summary").first())
                .hasText("Not linked: the typed multiplier counts");
        page.locator(".industries-form vaadin-button.sector-link-choose")
                .first()
                .click();

        choose(page, "picker-set", name, name + " (2024)");
        choose(page, "picker-sector", "S003", "S003 – Sector 3");
        assertThat(page.locator(".picker-derived")).containsText("Type II employment multiplier of S003: ");
        String derived = page.locator(".picker-derived")
                .textContent()
                .replaceAll(".*: ", "")
                .strip();
        String href = page.locator("a.picker-derivation").getAttribute("href");
        page.locator("vaadin-button.picker-confirm").click();

        assertThat(page.locator(".industries-form .sector-link-summary").first())
                .hasText(name + " (2024), sector S003, Type II: " + derived);
        assertThat(page.locator(".unsaved-badge")).isVisible();
        page.locator("vaadin-text-field.save-comment input").fill("Multiplier from the table");
        page.locator("vaadin-button.save-button").click();
        assertThat(page.locator(".unsaved-badge")).isHidden();
        screenshot(page, "sector-link-en");

        TestUsers.signIn("planner", Role.PLANNER);
        Industry saved;
        try {
            saved = scenarios.get(scenario.id()).scenario().industries().getFirst();
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(saved.sectorLink().sectorCode()).isEqualTo("S003");
        assertThat(saved.sectorLink().type()).isEqualTo(MultiplierType.TYPE_II);
        assertThat(saved.sectorLink().vintage()).isEqualTo(2024);
        assertThat(saved.employmentMultiplier()).isEqualTo(saved.sectorLink().derived());

        page.navigate("/" + href);
        assertThat(page.locator(".derivation-type-ii")).containsText("Type II of S003 = ");
        assertThat(page.locator(".derivation-type-ii")).containsText("= " + derived);
        assertThat(page.locator(".set-usage-text"))
                .containsText("Used by one scenario: the set stays as it is, so that its results");

        switchLanguage(page, "简体中文");
        assertThat(page.locator(".derivation-type-ii")).containsText("S003 的 II 型 = ");
        page.navigate("/scenarios/" + scenario.id());
        openIndustry(page, "EV", "产业");
        assertThat(page.locator(".industries-form .sector-link-summary").first())
                .hasText(name + "（2024），部门 S003，II 型：" + derived);
        screenshot(page, "sector-link-zh");
        switchLanguage(page, "English");
    }
}
