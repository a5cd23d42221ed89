package org.workbench.web.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.Scenario;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;
import org.workbench.web.base.Formats;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

@SpringBootTest
@ActiveProfiles("test")
class ScenarioEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    ScenarioService service;

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void editing_an_incentives_but_for_share_in_its_form_updates_the_key_figure_cards_to_the_new_result() {
        Scenario scenario = TestScenarios.evCity("Editor edit");
        ScenarioEditor view = open(service.create(scenario, null));
        ResultsPanel results = view.results();
        assertThat(results.cardText(Kpi.NPV)).isEqualTo(npvText(scenario)).startsWith("CNY ");

        IncentivesEditor incentives = view.incentivesEditor();
        incentives.grid().select(view.state().incentives.get(1));
        ((TextField) incentives.form().input("butForShare")).setValue("90%");

        Scenario edited = TestScenarios.withButForShare(scenario, "JS1", 0.9);
        assertThat(results.cardText(Kpi.NPV)).isEqualTo(npvText(edited)).isNotEqualTo(npvText(scenario));
        assertThat(results.cardText(Kpi.NET_JOBS_FINAL))
                .isEqualTo(Formats.kpi(
                        Kpi.NET_JOBS_FINAL.unit(),
                        ProjectionEngine.project(edited).kpi(Kpi.NET_JOBS_FINAL),
                        Locale.ENGLISH));
        assertThat(view.isDirty()).isTrue();
        assertThat(((TextField) incentives.form().input("butForShare")).getValue())
                .isEqualTo("90%");
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void an_invalid_value_shows_the_domains_message_at_the_field_and_keeps_the_last_results_marked_stale() {
        Scenario scenario = TestScenarios.evCity("Editor invalid");
        ScenarioEditor view = open(service.create(scenario, null));
        String npvBefore = view.results().cardText(Kpi.NPV);

        TextField discount = (TextField) view.settingsForm().field("discountRate");
        assertThat(discount.getValue()).isEqualTo("3%");
        discount.setValue("150%");

        assertThat(discount.isInvalid()).isTrue();
        assertThat(discount.getErrorMessage()).isEqualTo("must be between 0 and 1, found 1.5");
        assertThat(view.results().cardText(Kpi.NPV)).isEqualTo(npvBefore);
        assertThat(view.results().hasClassName("stale")).isTrue();

        discount.setValue("0.05");
        assertThat(discount.isInvalid()).isFalse();
        assertThat(discount.getValue()).isEqualTo("5%");
        assertThat(view.results().hasClassName("stale")).isFalse();
        assertThat(view.results().cardText(Kpi.NPV)).isEqualTo(npvText(TestScenarios.withDiscountRate(scenario, 0.05)));
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void a_text_that_is_no_number_is_refused_at_the_field_and_changes_nothing() {
        Scenario scenario = TestScenarios.evCity("Editor not a number");
        ScenarioEditor view = open(service.create(scenario, null));
        TextField discount = (TextField) view.settingsForm().field("discountRate");

        discount.setValue("four percent");

        assertThat(discount.isInvalid()).isTrue();
        assertThat(discount.getErrorMessage()).isEqualTo("“four percent” is not a number: nothing was changed");
        assertThat(view.state().settings.get("discountRate")).isEqualTo(0.03);
        // Another edit elsewhere rechecks the inputs: the refusal stays until the text is fixed.
        ((TextField) view.settingsForm().field("householdSize")).setValue("2.9");
        assertThat(discount.isInvalid()).isTrue();
        assertThat(view.results().hasClassName("stale")).isFalse();

        discount.setValue("４％");
        assertThat(discount.isInvalid()).isFalse();
        assertThat(view.state().settings.get("discountRate")).isEqualTo(0.04);
    }

    @Test
    @WithMockUser(username = "vic", roles = "VIEWER")
    void a_viewer_sees_the_results_but_cannot_edit_or_save() {
        ScenarioDetail detail = createAsPlanner("Editor read only");
        ScenarioEditor view = open(detail);

        assertThat(view.settingsForm().field("discountRate").isReadOnly()).isTrue();
        assertThat(view.results().cardText(Kpi.NPV)).isEqualTo(npvText(detail.scenario()));
        assertThat(find(com.vaadin.flow.component.button.Button.class)
                        .withClassName("save-button")
                        .all())
                .as("no visible save button")
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void an_address_whose_id_is_not_a_number_is_a_scenario_not_found_and_lands_on_the_list() {
        for (String malformed : new String[] {"abc", "12abc", "-5", "0", "99999999999999999999999"}) {
            navigate("scenarios/" + malformed, ScenarioListView.class);
            // The navigation itself never fails: a server error would show the error view instead of the list.
            assertThat(getCurrentView()).as(malformed).isInstanceOf(ScenarioListView.class);
        }
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void changing_an_incentives_type_switches_the_fields_its_type_has_no_use_for_and_fills_the_ones_it_needs() {
        ScenarioEditor view = open(service.create(TestScenarios.evCity("Editor type"), null));
        FieldRow row = view.state().incentives.stream()
                .filter(r -> r.type() != org.workbench.domain.IncentiveType.EQUITY)
                .findFirst()
                .orElseThrow();
        row.set("type", org.workbench.domain.IncentiveType.EQUITY);
        row.adaptToType();
        assertThat(row.get("exitYear")).isEqualTo((Integer) row.get("startYear") + 5);
        assertThat(row.get("exitMultiple")).isEqualTo(1.0);
        row.set("talents", 12.0);
        row.set("type", org.workbench.domain.IncentiveType.JOB_SUBSIDY);
        row.adaptToType();
        assertThat(row.get("exitYear")).isNull();
        assertThat(row.get("exitMultiple")).isNull();
        assertThat(row.get("talents")).isEqualTo(0.0);
        assertThat(org.workbench.domain.Incentive.problems(row.toIncentiveDraft()))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void the_grids_show_a_few_columns_the_code_frozen_and_the_forms_every_field_with_a_range_where_it_may_vary() {
        ScenarioEditor view = open(service.create(TestScenarios.evCity("Editor columns"), null));
        // The grid keeps a few columns, the code frozen first; the form has every field.
        var columns = view.incentivesEditor().grid().getColumns();
        assertThat(columns.stream().map(c -> c.getKey())).containsExactlyElementsOf(IncentivesEditor.COLUMNS);
        assertThat(columns.getFirst().isFrozen()).isTrue();
        for (var field : org.workbench.domain.InputFields.INCENTIVE_FIELDS) {
            FieldBox box = view.incentivesEditor().form().box(field.key());
            assertThat(box.value().getId()).hasValue("incentive-" + field.key());
            assertThat(box.low() != null).as(field.key()).isEqualTo(field.rangeable());
        }
        for (var field : org.workbench.domain.InputFields.INDUSTRY_FIELDS) {
            FieldBox box = view.industriesEditor().form().box(field.key());
            assertThat(box.value().getId()).hasValue("industry-" + field.key());
            assertThat(box.high() != null).as(field.key()).isEqualTo(field.rangeable());
        }
        for (var field : org.workbench.domain.InputFields.SETTINGS_FIELDS) {
            FieldBox box = view.settingsForm().box(field.key());
            assertThat(box.value().getId()).hasValue("settings-" + field.key());
            assertThat(box.low() != null).as(field.key()).isEqualTo(field.rangeable());
        }
        assertThat(view.settingsForm().field("budgetRevenue").getId()).hasValue("settings-budgetRevenue");
        assertThat(view.settingsForm().field("successCorrelation").getId()).hasValue("settings-successCorrelation");
        FieldRow blank = view.incentivesEditor().blankRow();
        assertThat(blank.get("industryCode"))
                .isEqualTo(view.state().industryCodes().getFirst());
        assertThat(org.workbench.domain.Incentive.problems(blank.toIncentiveDraft()))
                .isEmpty();
    }

    private ScenarioDetail createAsPlanner(String name) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        TestUsers.signIn("planner", Role.PLANNER);
        try {
            return service.create(TestScenarios.evCity(name), null);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    private ScenarioEditor open(ScenarioDetail detail) {
        return navigate("scenarios/" + detail.id(), ScenarioEditorView.class).editor();
    }

    private static String npvText(Scenario scenario) {
        return org.workbench.web.base.MoneyScale.format(
                ProjectionEngine.views(scenario).expected().kpi(Kpi.NPV).getAsDouble(), Locale.ENGLISH, "CNY");
    }
}
