package org.workbench.web.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.web.risk.RiskSamples;
import org.workbench.web.risk.ui.RiskTab;
import org.workbench.web.scenario.ScenarioService;

/** The editor's part of the Risk tab: it is a tab, it gets the inputs, and a finished run reaches the cards. */
@SpringBootTest
@ActiveProfiles("test")
class ScenarioEditorRiskTabTest extends SpringBrowserlessTest {

    @Autowired
    ScenarioService service;

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void opening_the_risk_tab_runs_the_saved_inputs_and_hands_the_ranges_to_the_key_figure_cards() {
        var detail = service.create(RiskSamples.withDraws(RiskSamples.hefei(), 600, 31), null);
        navigate("scenarios/" + detail.id(), ScenarioEditorView.class);
        TabSheet tabs = find(TabSheet.class).single();
        // By its class, not its place: other tabs (the review's) come after it.
        tabs.setSelectedTab(find(com.vaadin.flow.component.tabs.Tab.class)
                .withClassName("risk-tab-label")
                .single());

        RiskTab risk = find(RiskTab.class).single();
        awaitRange();
        assertThat(risk.isAttached()).isTrue();
        assertThat(rangeTexts()).anyMatch(text -> text.startsWith("P5–P95: "));
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void a_link_with_tab_risk_opens_the_editor_on_the_risk_tab_and_runs_it() {
        var detail = service.create(RiskSamples.withDraws(RiskSamples.hefei(), 600, 32), null);
        UI.getCurrent().navigate("scenarios/" + detail.id(), QueryParameters.of("tab", "risk"));

        TabSheet tabs = find(TabSheet.class).single();
        assertThat(tabs.getSelectedTab().hasClassName("risk-tab-label")).isTrue();
        awaitRange();
        assertThat(find(RiskTab.class).single().isAttached()).isTrue();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void a_link_with_an_unknown_tab_opens_the_editor_on_its_settings() {
        var detail = service.create(RiskSamples.hefei(), null);
        UI.getCurrent().navigate("scenarios/" + detail.id(), QueryParameters.of("tab", "<script>"));

        assertThat(find(TabSheet.class).single().getSelectedIndex()).isZero();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void the_rugao_style_bet_shows_the_red_badge_in_the_editors_header() {
        var detail = service.create(RiskSamples.rugao(), null);
        navigate("scenarios/" + detail.id(), ScenarioEditorView.class);
        MockVaadin.runUIQueue();

        Span badge = find(Span.class).all().stream()
                .filter(s -> s.hasClassName("affordability-badge"))
                .findFirst()
                .orElseThrow();
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getElement().getAttribute("data-level")).isEqualTo("RED");
    }

    private java.util.List<String> rangeTexts() {
        return find(Span.class).all().stream()
                .filter(s -> s.hasClassName("kpi-range"))
                .map(Span::getText)
                .toList();
    }

    private void awaitRange() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (rangeTexts().stream().allMatch(String::isEmpty)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no range reached the cards");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            MockVaadin.runUIQueue();
        }
    }
}
