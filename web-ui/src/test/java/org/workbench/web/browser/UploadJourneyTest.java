package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;
import org.workbench.web.scenario.ScenarioQuery;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioSummary;
import org.workbench.web.scenario.TestScenarios;
import org.workbench.web.upload.UploadFiles;

class UploadJourneyTest extends BrowserTestSupport {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    ScenarioService scenarios;

    @Test
    void staff_upload_a_valid_workbook_preview_it_and_commit_it_and_files_with_errors_are_refused() {
        login(page, "staff", DEMO_PASSWORD);
        page.navigate("/upload");
        String name = "Journey " + UUID.randomUUID().toString().substring(0, 8);
        Scenario scenario = TestScenarios.evCity(name);

        upload(page, "journey.xlsx", UploadFiles.valid(scenario));
        assertThat(page.locator(".preview-name .fact-value")).hasText(name);
        assertThat(page.locator(".preview-incentives .fact-value")).hasText("2");
        assertThat(page.locator(".preview-kpis")).containsText("Net present value");
        screenshot(page, "upload-preview-valid-en");
        page.locator("vaadin-button.commit-button").click();
        assertThat(page.locator(".commit-done")).hasText("Imported into “" + name + "”, version 1.");

        // The scenario list view is not on main yet: check the history and the service.
        page.navigate("/upload/history");
        assertThat(page.locator("vaadin-grid.upload-history")).containsText("Imported into “" + name + "”, version 1");
        screenshot(page, "upload-history-en");
        signIn("staff");
        assertThat(scenarios.list(
                        new ScenarioQuery(name, java.util.Set.of(), null),
                        org.springframework.data.domain.Pageable.unpaged()))
                .extracting(ScenarioSummary::name, ScenarioSummary::owner)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(name, "staff"));
        long stored = scenarios.count(ScenarioQuery.all());

        page.navigate("/upload");
        upload(page, "broken.xlsx", UploadFiles.withErrors(TestScenarios.evCity("Broken " + name)));
        Locator problems = page.locator("vaadin-grid.problem-grid");
        assertThat(problems).containsText("Incentives!J2");
        assertThat(problems).containsText("Incentives!E2");
        assertThat(page.locator(".preview-rejected")).containsText("cannot be imported");
        assertThat(page.locator("vaadin-button.commit-button")).hasCount(0);
        assertThat(page.locator("a.problems-download")).isVisible();
        screenshot(page, "upload-preview-problems-en");

        upload(page, "bomb.xlsx", UploadFiles.zipBomb());
        assertThat(problems).containsText("suspected zip bomb");
        assertThat(page.locator("vaadin-button.commit-button")).hasCount(0);
        screenshot(page, "upload-zip-bomb-en");

        upload(page, "report.xlsx", UploadFiles.pdf());
        assertThat(problems).containsText("The file is named .xlsx but its content is");
        assertThat(page.locator("vaadin-button.commit-button")).hasCount(0);

        assertThat(scenarios.count(ScenarioQuery.all())).isEqualTo(stored);
        SecurityContextHolder.clearContext();

        page.locator("vaadin-select.language-switch").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("简体中文"))
                .click();
        // The switch reloads the view in Chinese.
        assertThat(page.locator(".upload-view h2")).hasText("上传情景工作簿");
        upload(page, "journey.xlsx", UploadFiles.valid(TestScenarios.evCity(name + " 中文")));
        assertThat(page.locator(".preview-name .fact-label")).hasText("情景");
        assertThat(page.locator(".preview-kpis")).containsText("净现值");
        screenshot(page, "upload-preview-valid-zh");
        upload(page, "broken.xlsx", UploadFiles.withErrors(TestScenarios.evCity("Broken zh")));
        assertThat(page.locator("vaadin-grid.problem-grid")).containsText("Incentives!J2");
        screenshot(page, "upload-preview-problems-zh");
        page.locator("vaadin-select.language-switch").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("English"))
                .click();
    }

    @Test
    void a_workbook_of_fifty_thousand_incentives_uploads_previews_and_commits_while_the_page_stays_live() {
        Scenario big = large(50_000);
        byte[] bytes = UploadFiles.valid(big);
        login(page, "staff", DEMO_PASSWORD);
        page.navigate("/upload");

        long t0 = System.nanoTime();
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("big.xlsx", XLSX, bytes));
        // While the server reads, the page keeps getting pushed progress: the UI thread is free.
        assertThat(page.locator(".upload-working"))
                .containsText("rows so far", new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        long t1 = System.nanoTime();
        assertThat(page.locator(".preview-incentives .fact-value"))
                .hasText("50,000", new LocatorAssertions.HasTextOptions().setTimeout(180_000));
        long t2 = System.nanoTime();
        String serverTimings = page.locator(".preview-timings").textContent();
        screenshot(page, "upload-preview-50k-en");

        page.locator("vaadin-button.commit-button").click();
        assertThat(page.locator(".upload-working"))
                .containsText("Storing", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        // The page answers while the commit runs: the drawer toggle still works.
        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator(".commit-done"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(300_000));
        long t3 = System.nanoTime();
        String commitTiming = page.locator(".commit-timing").textContent();

        System.out.printf(
                "UPLOAD-TIMING file=%.1f MB; browser: upload+start of reading %d ms, preview shown after %d ms,"
                        + " commit %d ms; server: %s; %s%n",
                bytes.length / 1048576.0,
                (t1 - t0) / 1_000_000,
                (t2 - t0) / 1_000_000,
                (t3 - t2) / 1_000_000,
                serverTimings,
                commitTiming);
        signIn("staff");
        assertThat(scenarios.list(
                        new ScenarioQuery(big.settings().name(), java.util.Set.of(), null),
                        org.springframework.data.domain.Pageable.unpaged()))
                .hasSize(1);
        SecurityContextHolder.clearContext();
    }

    private static void upload(Page page, String name, byte[] bytes) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, XLSX, bytes));
        assertThat(page.locator(".upload-preview h3").first()).containsText(name);
        page.locator(".preview-timings").waitFor();
    }

    private static Scenario large(int incentives) {
        var industries = new ArrayList<Industry>();
        for (int i = 0; i < 50; i++) {
            industries.add(new Industry("I" + i, "Industry " + i, 10_000, 400_000, 0.02, 100_000, 0.1, 1.5, 0.1));
        }
        List<Incentive> list = new ArrayList<>();
        for (int i = 0; i < incentives; i++) {
            list.add(new Incentive(
                    "S" + i,
                    "Subsidy " + i,
                    IncentiveType.JOB_SUBSIDY,
                    "I" + (i % 50),
                    2026 + i % 5,
                    1 + i % 5,
                    10 + i % 100,
                    1 + i % 3,
                    0.2 + (i % 50) / 100.0,
                    5_000 + i % 1000,
                    0,
                    null,
                    null));
        }
        return new Scenario(
                new ScenarioSettings(
                        "Big " + UUID.randomUUID().toString().substring(0, 8),
                        "Testville",
                        2025,
                        10,
                        0.03,
                        2.8,
                        0.5,
                        8000,
                        "CNY",
                        null),
                industries,
                list);
    }

    private static void signIn(String username) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
        SecurityContextHolder.setContext(context);
    }
}
