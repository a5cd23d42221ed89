package org.workbench.web.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.Actual;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.Scenario;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

/**
 * The editor's Actuals tab: recording years of actuals, the domain's messages at the fields, the monitored view beside
 * the promised and expected one, saving them as a new revision, and who may edit them.
 */
@SpringBootTest
@ActiveProfiles("test")
class ScenarioEditorActualsTest extends SpringBrowserlessTest {

    @Autowired
    ScenarioService service;

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void a_planner_records_two_years_sees_the_incentive_behind_and_saves_them_as_a_new_revision() {
        ScenarioDetail detail = service.create(TestScenarios.evCity("Actuals record"), null);
        ScenarioEditor view = open(detail);
        ActualsEditor actuals = find(ActualsEditor.class).single();
        assertThat(view.results().monitored().isVisible()).isFalse();
        assertThat(monitoredText(view)).isEmpty();

        // JS1 promised 500 gross jobs in 2026 and 1,000 from 2027 (ramp of two years).
        record(actuals, "JS1", 2026, "300", "6,000,000");
        record(actuals, "JS1", 2027, "500", "10000000");

        Scenario expected = detail.scenario()
                .with(
                        List.of(),
                        List.of(new Actual("JS1", 2026, 300.0, 6e6, null), new Actual("JS1", 2027, 500.0, 1e7, null)));
        String npv = MoneyScale.format(
                ProjectionEngine.views(expected)
                        .monitored()
                        .orElseThrow()
                        .kpi(Kpi.NPV)
                        .getAsDouble(),
                Locale.ENGLISH,
                "CNY");
        assertThat(monitoredText(view)).isEqualTo("monitored " + npv);
        MonitoredSection section = view.results().monitored();
        assertThat(section.isVisible()).isTrue();
        var box = find(com.vaadin.flow.component.html.Div.class).id("monitored-JS1");
        assertThat(box.getElement().getAttribute("data-behind")).isEqualTo("true");
        assertThat(textOf(box)).contains("Behind").contains("Delivery ratio 50% in 2027");
        // 1.6e7 paid against the promised 20,000 a job: 1e7 (2026) + 2e7 (2027); over the 500 jobs delivered in 2027.
        assertThat(textOf(box)).contains("Outlay against promise CNY -14M").contains("Cost per delivered job CNY 32K");
        assertThat(section.charts()).hasSize(1);
        assertThat(section.charts().getFirst().optionJson())
                .contains("\"2026\"")
                .contains("300")
                .contains("500");

        find(Button.class).id("editor-save").click();
        ScenarioDetail saved = service.get(detail.id());
        assertThat(saved.latestRevision()).isEqualTo(2);
        assertThat(saved.scenario().actuals()).isEqualTo(expected.actuals());
        assertThat(view.isDirty()).isFalse();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void a_negative_outlay_a_year_outside_the_scenario_and_a_duplicate_are_refused_at_their_fields() {
        ScenarioDetail detail = service.create(TestScenarios.evCity("Actuals invalid"), null);
        ScenarioEditor view = open(detail);
        ActualsEditor actuals = find(ActualsEditor.class).single();
        String npvBefore = view.results().cardText(Kpi.NPV);

        record(actuals, "JS1", 2026, "300", "-5");
        TextField outlay = (TextField) actuals.input("outlay");
        assertThat(outlay.isInvalid()).isTrue();
        assertThat(outlay.getErrorMessage()).isEqualTo("must be at least 0, found -5");
        assertThat(find(Button.class).id("editor-save").isEnabled()).isFalse();
        assertThat(view.results().hasClassName("stale")).isTrue();
        assertThat(view.results().cardText(Kpi.NPV)).isEqualTo(npvBefore);
        outlay.setValue("5");
        assertThat(outlay.isInvalid()).isFalse();

        IntegerField year = (IntegerField) actuals.input("year");
        year.setValue(2040);
        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).contains("from 2026 to 2035").contains("2040");

        year.setValue(2026);
        record(actuals, "JS1", 2026, "10", null);
        assertThat(((IntegerField) actuals.input("year")).getErrorMessage())
                .isEqualTo("incentive JS1 already has actuals for 2026");
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .withClassName("problem")
                        .all())
                .anyMatch(p -> textOf(p).contains("(recorded actuals)"));

        ((TextField) actuals.input("grossJobs")).setValue("ten");
        assertThat(((TextField) actuals.input("grossJobs")).getErrorMessage())
                .isEqualTo("“ten” is not a number: nothing was changed");
        actuals.removeButton().click();
        assertThat(view.state().actuals).hasSize(1);
        assertThat(find(Button.class).id("editor-save").isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "vic", roles = "VIEWER")
    void a_viewer_reads_the_actuals_but_cannot_add_or_remove_any() {
        ScenarioDetail detail = createAs("planner", Role.PLANNER, "Actuals viewer");
        open(detail);
        ActualsEditor actuals = find(ActualsEditor.class).single();
        assertThat(actuals.grid().getGenericDataView().getItems().count()).isEqualTo(1);
        assertThat(actuals.addButton().isVisible()).isFalse();
        assertThat(actuals.removeButton().isVisible()).isFalse();
        assertThat(((TextField) actuals.input("grossJobs")).isReadOnly()).isTrue();
    }

    @Test
    @WithMockUser(username = "stan", roles = "STAFF")
    void staff_record_actuals_on_their_own_scenario_and_only_read_those_of_others() {
        open(createAs("planner", Role.PLANNER, "Actuals not stan's"));
        assertThat(find(ActualsEditor.class).single().addButton().isVisible()).isFalse();
        open(createAs("stan", Role.STAFF, "Actuals stan's"));
        assertThat(find(ActualsEditor.class).single().addButton().isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void a_link_with_tab_actuals_opens_the_editor_on_the_actuals_tab_with_the_first_year_picked() {
        ScenarioDetail detail = createAs("planner", Role.PLANNER, "Actuals link");
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("scenarios/" + detail.id(), com.vaadin.flow.router.QueryParameters.of("tab", "actuals"));

        var tabs = find(com.vaadin.flow.component.tabs.TabSheet.class).single();
        assertThat(tabs.getSelectedTab().hasClassName("actuals-tab")).isTrue();
        ActualsEditor actuals = find(ActualsEditor.class).single();
        assertThat(actuals.isAttached()).isTrue();
        assertThat(((IntegerField) actuals.input("year")).getValue()).isEqualTo(2026);
    }

    private static void record(ActualsEditor actuals, String code, int year, String jobs, String outlay) {
        actuals.addButton().click();
        @SuppressWarnings("unchecked")
        var incentive = (ComboBox<String>) actuals.input("incentive");
        incentive.setValue(code);
        ((IntegerField) actuals.input("year")).setValue(year);
        ((TextField) actuals.input("grossJobs")).setValue(jobs);
        if (outlay != null) {
            ((TextField) actuals.input("outlay")).setValue(outlay);
        }
    }

    private String monitoredText(ScenarioEditor view) {
        var card = view.results().cards().card(Kpi.NPV).monitored();
        return card.isVisible() ? card.getText() : "";
    }

    private static String textOf(com.vaadin.flow.component.Component component) {
        StringBuilder text = new StringBuilder(component.getElement().getText());
        component.getChildren().forEach(child -> text.append(' ').append(textOf(child)));
        return text.toString();
    }

    private ScenarioDetail createAs(String user, Role role, String name) {
        var previous = SecurityContextHolder.getContext();
        TestUsers.signIn(user, role);
        try {
            Scenario scenario = TestScenarios.evCity(name);
            return service.create(scenario.with(List.of(), List.of(new Actual("JS1", 2026, 200.0, null, null))), null);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Opens the editor on its Actuals tab (the fourth: settings, industries, incentives, actuals). */
    private ScenarioEditor open(ScenarioDetail detail) {
        ScenarioEditor editor =
                navigate("scenarios/" + detail.id(), ScenarioEditorView.class).editor();
        find(com.vaadin.flow.component.tabs.TabSheet.class).single().setSelectedIndex(3);
        return editor;
    }
}
