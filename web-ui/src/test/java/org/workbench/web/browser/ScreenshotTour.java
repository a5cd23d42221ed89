package org.workbench.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.workbench.web.compare.CompareRequest;
import org.workbench.web.compare.CompareService;
import org.workbench.web.scenario.ScenarioService;

/**
 * The screenshots of the docs, taken from the running app with the sample scenarios, and the time the compare view
 * takes for six large scenarios. Not part of the normal build: {@code ./mvnw -pl web-ui -am verify
 * -Dgroups=screenshots} (or {@code -Pscreenshots}) writes docs/screenshots/*.png and prints the timings.
 */
@Tag("screenshots")
class ScreenshotTour extends BrowserTestSupport {
    private static final Path DOCS = Path.of(System.getProperty("workbench.screenshots.dir", "../docs/screenshots"));
    private static final int LARGE_SCENARIOS = 6;
    private static final int LARGE_INCENTIVES = 1_000;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    CompareService compare;

    @Test
    void editor_and_compare_in_english_and_chinese() {
        List<Long> samples = CompareFixtures.samples(scenarios);
        String compareUrl = "/compare?ids=" + join(samples) + "&base=" + samples.getFirst();
        Page tall = tallPage(2_750);
        login(tall, "planner", DEMO_PASSWORD);
        try {
            shootCompare(tall, compareUrl, "compare.png");
            shootEditor(samples.getFirst(), "editor.png", tall);
            switchLanguage(tall, "简体中文");
            shootCompare(tall, compareUrl, "compare-zh.png");
            shootEditor(samples.getFirst(), "editor-zh.png", tall);
        } finally {
            // The language sticks to the account: leave the planner in English for the other journeys.
            try {
                switchLanguage(tall, "English");
            } finally {
                tall.context().close();
            }
        }
    }

    @Test
    void six_scenarios_of_a_thousand_incentives_compare_in_the_browser_and_the_time_is_printed() {
        List<Long> large = CompareFixtures.large(scenarios, LARGE_SCENARIOS, LARGE_INCENTIVES);
        login(page, "planner", DEMO_PASSWORD);

        // The server's share: load, project and line up the six scenarios.
        List<Long> serverMillis = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            CompareFixtures.asPlanner(() -> compare.compare(new CompareRequest(large, large.getFirst())));
            serverMillis.add((System.nanoTime() - start) / 1_000_000);
        }

        // Whole page: from navigation to the last chart drawn.
        List<Long> navigationMillis = new ArrayList<>();
        String url = "/compare?ids=" + join(large) + "&base=" + large.getFirst();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            page.navigate(url);
            waitForLastChart(page, "Large " + LARGE_SCENARIOS);
            navigationMillis.add((System.nanoTime() - start) / 1_000_000);
        }

        // Selection: five are shown, the sixth is picked; until the last chart is drawn anew.
        List<Long> selectionMillis = new ArrayList<>();
        String five = "/compare?ids=" + join(large.subList(0, LARGE_SCENARIOS - 1)) + "&base=" + large.getFirst();
        for (int run = 0; run < 3; run++) {
            page.navigate(five);
            waitForLastChart(page, "Large " + (LARGE_SCENARIOS - 1));
            page.locator("vaadin-multi-select-combo-box.compare-picker input").fill("Large " + LARGE_SCENARIOS);
            Locator item = page.locator("vaadin-multi-select-combo-box-item")
                    .filter(new Locator.FilterOptions().setHasText("Large " + LARGE_SCENARIOS));
            item.first().waitFor();
            long start = System.nanoTime();
            item.first().click();
            waitForLastChart(page, "Large " + LARGE_SCENARIOS);
            selectionMillis.add((System.nanoTime() - start) / 1_000_000);
            page.keyboard().press("Escape");
        }
        assertThat(page.locator("vaadin-grid.compare-kpis")).containsText("Large " + LARGE_SCENARIOS);
        screenshot(page, "compare-six-large");

        System.out.printf(
                "COMPARE TIMING (%d scenarios x %d incentives): server compare %s ms; browser, selection of the"
                        + " last scenario to last chart SVG %s ms (median %d); navigation to last chart SVG %s ms"
                        + " (median %d)%n",
                LARGE_SCENARIOS,
                LARGE_INCENTIVES,
                serverMillis,
                selectionMillis,
                median(selectionMillis),
                navigationMillis,
                median(navigationMillis));
    }

    private Page tallPage(int height) {
        BrowserContext tall = newContext();
        Page created = tall.newPage();
        created.setViewportSize(1440, height);
        return created;
    }

    private void shootCompare(Page target, String url, String file) {
        target.navigate(url);
        for (String chart : List.of("jobs", "fiscal", "outlay", "chain")) {
            target.locator(".compare-chart-" + chart + " svg").waitFor();
        }
        target.locator(".compare-section").last().scrollIntoViewIfNeeded();
        target.locator(".compare-view h2").scrollIntoViewIfNeeded();
        write(target, file);
    }

    /** The editor belongs to the scenario feature; until it is on this branch there is nothing to show. */
    private void shootEditor(long id, String file, Page target) {
        // Asked aside (with the page's cookies) so that a missing route does not leave the page on an error.
        if (target.request().get("/scenarios/" + id).ok()) {
            target.navigate("/scenarios/" + id);
            target.locator("vaadin-app-layout").waitFor();
            // The editor draws its charts after the first round trip.
            target.locator(".echart svg").first().waitFor();
            write(target, file);
            return;
        }
        System.out.println(
                "SCREENSHOT TOUR: no editor at /scenarios/" + id + " on this branch; " + file + " not written");
    }

    private static void switchLanguage(Page target, String language) {
        // From a page with the app's layout: the not-found page has no language switch.
        target.navigate("/");
        Locator select = target.locator("vaadin-select.language-switch");
        select.waitFor();
        if (select.locator("[id^=value-]").textContent().contains(language)) {
            return;
        }
        select.click();
        target.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(language))
                .click();
        // The switch reloads the page: wait for the app's name in the new language before going on.
        assertThat(target.locator(".app-name")).hasText(language.equals("English") ? "Scenario Workbench" : "情景工作台");
        target.waitForLoadState();
    }

    private static void waitForLastChart(Page target, String lastName) {
        target.waitForFunction(
                "name => { const c = document.querySelector('.compare-chart-chain');"
                        + " return !!c && !!c.querySelector('svg')"
                        + " && [...c.querySelectorAll('svg text')].some(t => t.textContent === name); }",
                lastName);
    }

    private static void write(Page target, String file) {
        try {
            Files.createDirectories(DOCS);
            target.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve(file)));
            System.out.println("SCREENSHOT TOUR: wrote "
                    + DOCS.resolve(file).toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static long median(List<Long> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
