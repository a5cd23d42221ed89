package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.workbench.web.TestUsers.signIn;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.web.account.Role;
import org.workbench.web.multiplier.MultiplierFixtures;
import org.workbench.web.multiplier.MultiplierService;
import org.workbench.web.multiplier.SetUpload;

/** Staff upload an input-output table and read its multipliers and how one is made, in English and Chinese. */
class MultiplierJourneyTest extends BrowserTestSupport {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MultiplierService service;

    private static void switchLanguage(Page page, String language) {
        page.locator("vaadin-select.language-switch").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(language))
                .click();
    }

    @Test
    void staff_upload_a_table_see_its_multipliers_and_a_derivation_in_both_languages() throws Exception {
        login(page, "staff", DEMO_PASSWORD);
        page.navigate("/multipliers");
        String name = "Journey " + UUID.randomUUID().toString().substring(0, 8);
        byte[] table = MultiplierFixtures.workbook(MultiplierFixtures.table(name, 2024, 12, true));

        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("table.xlsx", XLSX, table));
        assertThat(page.locator(".upload-stored")).containsText("Stored “" + name + "” (2024) with 12 sectors.");
        assertThat(page.locator("vaadin-grid.multiplier-sets")).containsText(name);
        page.locator("vaadin-button.open-set").click();

        assertThat(page.locator(".multiplier-set-view h2")).hasText(name + " (2024)");
        assertThat(page.locator("vaadin-grid.multiplier-grid")).containsText("S011");
        assertThat(page.locator(".multiplier-chart svg")).containsText("Type II employment");
        assertThat(page.locator(".derivation-type-i")).containsText("Type I of S000 = ");
        Locator sector = page.locator("vaadin-combo-box.derivation-sector input");
        sector.fill("S003");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("S003 – Sector 3"))
                .click();
        assertThat(page.locator(".derivation-type-i")).containsText("Type I of S003 = ");
        assertThat(page.locator(".derivation-type-ii")).containsText("Type II of S003 = ");
        assertThat(page.locator("vaadin-grid.derivation-grid")).containsText("S011");
        screenshot(page, "multiplier-set-en");

        switchLanguage(page, "简体中文");
        assertThat(page.locator(".derivation h3")).hasText("乘数的构成");
        assertThat(page.locator(".derivation-type-i")).containsText("S000 的 I 型 = ");
        assertThat(page.locator("vaadin-grid.multiplier-grid")).containsText("II 型就业乘数");
        screenshot(page, "multiplier-set-zh");

        page.navigate("/multipliers");
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("broken.xlsx", XLSX, MultiplierFixtures.unproductive(name + " 坏")));
        assertThat(page.locator(".upload-refused")).containsText("被拒绝");
        assertThat(page.locator("vaadin-grid.problem-grid")).containsText("Flows!C1");
        assertThat(page.locator("vaadin-grid.problem-grid")).containsText("列和");
        switchLanguage(page, "English");
        assertThat(page.locator(".multiplier-sets-view h2")).hasText("Multiplier sets");
    }

    @Test
    void the_page_of_a_500_sector_set_opens_and_prints_how_long_it_took() throws Exception {
        signIn("stella", Role.STAFF);
        long id;
        try {
            String name = "Large " + UUID.randomUUID().toString().substring(0, 8);
            byte[] workbook = MultiplierFixtures.workbook(MultiplierFixtures.table(name, 2022, 500, true));
            id = ((SetUpload.Stored) service.upload(new ByteArrayInputStream(workbook), "large.xlsx"))
                    .set()
                    .id();
            // the first open below then derives the set afresh, as after a restart
            MultiplierFixtures.crowdOutCache(service);
        } finally {
            SecurityContextHolder.clearContext();
        }
        login(page, "staff", DEMO_PASSWORD);
        for (String state : new String[] {"first", "second"}) {
            long listStarted = System.nanoTime();
            page.navigate("/multipliers");
            assertThat(page.locator("vaadin-grid.multiplier-sets")).isVisible();
            System.out.printf(
                    "Browser: the set list, for reference (%s): %d ms%n",
                    state, (System.nanoTime() - listStarted) / 1_000_000);
            long started = System.nanoTime();
            page.navigate("/multipliers/" + id);
            assertThat(page.locator(".derivation-type-i")).containsText("Type I of S000 = ");
            assertThat(page.locator("vaadin-grid.multiplier-grid")).containsText("S000");
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("Browser: 500-sector set page (%s open) to grid and derivation: %d ms%n", state, millis);
        }
        // as a user opens it: from the list, within the running app, without loading the page anew; once derived
        // afresh, as the first time after a restart, and once with the derived set remembered
        for (String state : new String[] {"derived afresh", "remembered"}) {
            if (state.equals("derived afresh")) {
                signIn("stella", Role.STAFF);
                try {
                    MultiplierFixtures.crowdOutCache(service);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
            page.navigate("/multipliers");
            page.locator("vaadin-grid.multiplier-sets").waitFor();
            long started = System.nanoTime();
            page.evaluate(
                    "id => { history.pushState({}, '', '/multipliers/' + id);"
                            + " dispatchEvent(new PopStateEvent('popstate')); }",
                    String.valueOf(id));
            assertThat(page.locator(".derivation-type-i")).containsText("Type I of S000 = ");
            assertThat(page.locator("vaadin-grid.multiplier-grid")).containsText("S000");
            System.out.printf(
                    "Browser: 500-sector set page opened within the app (router navigation, %s): %d ms%n",
                    state, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
