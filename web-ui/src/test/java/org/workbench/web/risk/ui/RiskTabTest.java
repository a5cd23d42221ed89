package org.workbench.web.risk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.MonteCarlo;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.Tornado;
import org.workbench.web.base.Formats;
import org.workbench.web.risk.RiskSamples;
import org.workbench.web.risk.RiskService;
import org.workbench.web.risk.RiskServices;

/** The Risk tab without a browser: the run's thread hands its result over with ui.access, run here by hand. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "planner", roles = "PLANNER")
class RiskTabTest extends SpringBrowserlessTest {

    @Autowired
    RiskService service;

    private final List<MonteCarloResult> told = new CopyOnWriteArrayList<>();

    @Test
    void opening_the_tab_runs_monte_carlo_and_shows_p_loss_the_histogram_marks_and_the_tornado() {
        Scenario hefei = RiskSamples.hefei();
        RiskTab tab = open(hefei, true);
        assertThat(tab.isRunning()).isTrue();
        awaitIdle(tab);

        MonteCarloResult expected = MonteCarlo.run(hefei);
        assertThat(tab.results().lossText()).isEqualTo(Formats.percent(expected.lossProbability(), Locale.ENGLISH));
        assertThat(tab.statusText()).isEqualTo("2,000 draws, seed 1");
        String histogram = tab.results().histogramChart().optionJson();
        assertThat(histogram).contains("\"markLine\"", "\"P5\"", "\"P50\"", "\"P95\"", "Below zero:");
        String firstRow = new RiskCharts(tab::getTranslation, Locale.ENGLISH, "CNY")
                .label(Tornado.of(hefei).rows().getFirst());
        assertThat(tab.results().tornadoChart().optionJson()).contains(firstRow);
        assertThat(tab.results().fanChart().optionJson()).contains("P5 to P95", "Promised");
        assertThat(told).containsExactly(expected);
    }

    @Test
    void reopening_the_same_inputs_shows_the_cached_result_at_once_without_a_run() {
        Scenario hefei = RiskSamples.withDraws(RiskSamples.hefei(), 500, 21);
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        awaitIdle(open(id, hefei, true));
        told.clear();

        RiskTab again = open(id, hefei, true);
        assertThat(again.isRunning()).isFalse();
        assertThat(again.results().isVisible()).isTrue();
        assertThat(again.statusText()).isEqualTo("500 draws, seed 21");
        assertThat(told).hasSize(1);
    }

    @Test
    void an_edit_marks_the_result_as_of_earlier_inputs_until_it_is_run_again() {
        Scenario hefei = RiskSamples.withDraws(RiskSamples.hefei(), 300, 3);
        RiskTab tab = open(hefei, true);
        awaitIdle(tab);
        String loss = tab.results().lossText();

        Scenario edited = RiskSamples.withDraws(hefei, 300, 4);
        tab.setScenario(edited);
        assertThat(tab.isStale()).isTrue();
        tab.runButton().click();
        awaitIdle(tab);
        assertThat(tab.isStale()).isFalse();
        assertThat(tab.statusText()).isEqualTo("300 draws, seed 4");
        assertThat(loss).isNotBlank();

        tab.setScenario(null);
        assertThat(tab.isStale()).isTrue();
        assertThat(tab.runButton().isEnabled()).isFalse();
    }

    @Test
    void cancel_stops_the_run_and_says_nothing_was_changed() {
        Scenario many = RiskSamples.withDraws(RiskSamples.hefei(), 100_000, 8);
        RiskTab tab = open(many, true);
        assertThat(tab.cancelButton().isVisible()).isTrue();
        tab.cancelButton().click();

        assertThat(tab.isRunning()).isFalse();
        assertThat(tab.statusText()).isEqualTo("Cancelled. Nothing was changed.");
        assertThat(tab.runButton().isEnabled()).isTrue();
        assertThat(tab.results().isVisible()).isFalse();
    }

    @Test
    void a_busy_executor_is_said_plainly_and_nothing_waits() {
        CountDownLatch release = new CountDownLatch(1);
        try {
            var tab = new RiskTab(RiskServices.saturated(release), 1, true, told::add);
            tab.setScenario(RiskSamples.hefei());
            UI.getCurrent().add(tab);
            assertThat(tab.isRunning()).isFalse();
            assertThat(tab.statusText())
                    .isEqualTo("Monte Carlo is busy with other people's runs. Please try again in a moment.");
        } finally {
            release.countDown();
        }
    }

    @Test
    void the_rugao_style_bet_shows_the_red_warning_in_the_tab_and_in_the_badge_with_the_thresholds() {
        RiskTab tab = open(RiskSamples.rugao(), true);
        MockVaadin.runUIQueue();

        assertThat(tab.badge().isVisible()).isTrue();
        assertThat(tab.badge().getElement().getAttribute("data-level")).isEqualTo("RED");
        assertThat(tab.badge().getText()).startsWith("Budget: peak outlay ");
        assertThat(tab.affordability().warningText()).startsWith("Warning: in its peak year");
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("more than 10%") && text.contains("more than 30%"));
        assertThat(tab.affordability().chart().optionJson()).contains("30% of the budget");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_sees_the_tab_read_only_and_may_still_run_monte_carlo() {
        RiskTab tab = open(RiskSamples.withDraws(RiskSamples.hefei(), 400, 5), false);
        awaitIdle(tab);

        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .contains("Read only: you can run Monte Carlo and see its results, but you cannot change the inputs.");
        assertThat(tab.results().lossText()).endsWith("%");
        assertThat(tab.runButton().isEnabled()).isTrue();
    }

    private RiskTab open(Scenario scenario, boolean canChange) {
        return open(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), scenario, canChange);
    }

    /** As the editor does: the inputs first, then the tab is attached when its tab is opened. */
    private RiskTab open(long id, Scenario scenario, boolean canChange) {
        var tab = new RiskTab(service, id, canChange, told::add);
        tab.setScenario(scenario);
        UI.getCurrent().add(tab);
        return tab;
    }

    private static void awaitIdle(RiskTab tab) {
        waitUntil(() -> !tab.isRunning());
        MockVaadin.runUIQueue();
    }

    private static void waitUntil(BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            MockVaadin.runUIQueue();
            if (done.getAsBoolean()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the tab did not get there in time");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
