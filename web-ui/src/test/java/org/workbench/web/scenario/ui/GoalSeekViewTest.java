package org.workbench.web.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.GoalSeek;
import org.workbench.domain.IncentiveResult;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;
import tools.jackson.databind.JsonNode;

/** The per-item results under the editor's results, and the goal seek dialog: apply edits the input, cancel not. */
@SpringBootTest
@ActiveProfiles("test")
class GoalSeekViewTest extends SpringBrowserlessTest {

    @Autowired
    ScenarioService service;

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void the_per_incentive_table_shows_each_incentives_own_npv_and_sorts_by_it() {
        Scenario scenario = TestScenarios.evCity("By item");
        ScenarioEditor editor = open(service.create(scenario, null));
        ItemResultsPanel panel = find(ItemResultsPanel.class).single();
        ProjectionResult expected = ProjectionEngine.views(scenario).expected();

        Grid<ItemResultRow> grid = panel.incentivesGrid();
        List<ItemResultRow> rows = rows(grid);
        assertThat(rows).extracting(ItemResultRow::code).containsExactly("EQ1", "JS1");
        for (IncentiveResult r : expected.incentiveResults()) {
            ItemResultRow row = rows.stream()
                    .filter(x -> x.code().equals(r.code()))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.npv()).isEqualTo(r.npv());
            assertThat(row.costPerNetJob()).isEqualTo(r.costPerNetJob());
        }
        // The industries' rows add up to the scenario's npv.
        double sum = rows(panel.industriesGrid()).stream()
                .mapToDouble(ItemResultRow::npv)
                .sum();
        assertThat(sum).isCloseTo(expected.kpi(Kpi.NPV).orElseThrow(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(grid.getColumnByKey("npv").getHeaderText()).contains("CNY");

        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("npv"), SortDirection.ASCENDING)));
        List<ItemResultRow> sorted = rows(grid);
        assertThat(sorted.get(0).npv()).isLessThanOrEqualTo(sorted.get(1).npv());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("npv"), SortDirection.DESCENDING)));
        sorted = rows(grid);
        assertThat(sorted.get(0).npv()).isGreaterThanOrEqualTo(sorted.get(1).npv());

        // The chart lists the incentives largest npv first, a positive one in the paying series only.
        JsonNode chart = panel.chartOption();
        assertThat(chart).isNotNull();
        JsonNode categories = chart.get("xAxis").get("data");
        JsonNode pays = chart.get("series").get(0).get("data");
        JsonNode costs = chart.get("series").get(1).get("data");
        assertThat(chart.get("yAxis").get("name").asString()).contains("CNY");
        for (int i = 0; i < categories.size(); i++) {
            double npv = expected.incentive(categories.get(i).asString())
                    .orElseThrow()
                    .npv();
            assertThat(npv >= 0 ? pays.get(i).asDouble() : costs.get(i).asDouble())
                    .isNotZero();
            assertThat(npv >= 0 ? costs.get(i).asDouble() : pays.get(i).asDouble())
                    .isZero();
        }
        assertThat(editor).isNotNull();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void the_promised_view_is_one_click_away() {
        Scenario base = TestScenarios.evCity("By item views");
        var risky = base.incentives().get(1).withRisk(0.5, 2028, 0, 0.0);
        Scenario scenario = new Scenario(
                base.settings(), base.industries(), List.of(base.incentives().get(0), risky));
        open(service.create(scenario, null));
        ItemResultsPanel panel = find(ItemResultsPanel.class).single();
        double expected = npvOf(panel, "JS1");
        panel.viewChoice().setValue(GoalSeek.View.PROMISED);
        double promised = npvOf(panel, "JS1");
        assertThat(promised)
                .isEqualTo(ProjectionEngine.views(scenario)
                        .promised()
                        .incentive("JS1")
                        .orElseThrow()
                        .npv())
                .isNotEqualTo(expected);
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void applying_a_goal_seek_sets_the_but_for_share_through_the_editor_and_marks_it_unsaved() {
        Scenario scenario = TestScenarios.evCity("Goal seek apply");
        ScenarioEditor editor = open(service.create(scenario, null));
        GoalSeekDialog dialog = openDialog();
        choose(dialog, ItemKind.INCENTIVE, "JS1", "butForShare");
        dialog.kpiChoice().setValue(Kpi.NPV);
        double target = ProjectionEngine.views(scenario).expected().kpi(Kpi.NPV).orElseThrow() + 5e6;
        dialog.targetField().setValue(target);
        dialog.run();
        assertThat(dialog.applyButton().isEnabled()).as(dialog.outcomeText()).isTrue();
        assertThat(dialog.outcomeText()).startsWith("Found: But-for share = ");
        assertThat(editor.isDirty()).as("nothing changes before apply").isFalse();

        dialog.apply();

        double share = (Double) editor.state().incentives.get(1).get("butForShare");
        assertThat(share).isNotEqualTo(0.2);
        assertThat(editor.isDirty()).isTrue();
        Scenario applied = editor.state().toScenario();
        assertThat(ProjectionEngine.views(applied).expected().kpi(Kpi.NPV).orElseThrow())
                .isCloseTo(target, org.assertj.core.data.Offset.offset(1.0));
        // The cards show the expected view, recomputed by the editor's own edit path, in the scenario's currency.
        assertThat(editor.results().cardText(Kpi.NPV))
                .isEqualTo(MoneyScale.format(
                        ProjectionEngine.views(applied).expected().kpi(Kpi.NPV).orElseThrow(),
                        Locale.ENGLISH,
                        applied.settings().currency()));
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void applying_to_a_setting_goes_through_the_settings_form() {
        Scenario scenario = TestScenarios.evCity("Goal seek setting");
        ScenarioEditor editor = open(service.create(scenario, null));
        GoalSeekDialog dialog = openDialog();
        choose(dialog, ItemKind.SETTINGS, null, "discountRate");
        dialog.kpiChoice().setValue(Kpi.BENEFIT_COST_RATIO);
        double ratio = ProjectionEngine.views(scenario)
                .expected()
                .kpi(Kpi.BENEFIT_COST_RATIO)
                .orElseThrow();
        dialog.targetField().setValue(ratio * 0.9);
        dialog.run();
        assertThat(dialog.applyButton().isEnabled()).as(dialog.outcomeText()).isTrue();
        dialog.apply();
        Double rate = NumberText.parse(
                        (String) editor.settingsForm().field("discountRate").getValue(), true)
                .value();
        assertThat(rate).isGreaterThan(0.03);
        // The form shows the rate to four decimals of a percent; the settings hold it exactly.
        assertThat((Double) editor.state().settings.get("discountRate"))
                .isCloseTo(rate, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(editor.isDirty()).isTrue();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void cancel_and_an_unreachable_target_change_nothing() {
        Scenario scenario = TestScenarios.evCity("Goal seek cancel");
        ScenarioEditor editor = open(service.create(scenario, null));
        GoalSeekDialog dialog = openDialog();
        choose(dialog, ItemKind.INCENTIVE, "JS1", "butForShare");
        dialog.kpiChoice().setValue(Kpi.BENEFIT_COST_RATIO);
        dialog.targetField().setValue(1e6);
        dialog.run();
        assertThat(dialog.outcomeText()).startsWith("No value of But-for share between 0% and 100%");
        assertThat(dialog.applyButton().isEnabled()).isFalse();
        dialog.apply();

        dialog.targetField().setValue(0.0);
        dialog.kpiChoice().setValue(Kpi.NPV);
        dialog.run();
        dialog.cancelButton().click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(editor.state().incentives.get(1).get("butForShare")).isEqualTo(0.2);
        assertThat(editor.isDirty()).isFalse();
    }

    /** Opens the dialog through the editor's goal seek button, as the planner does. */
    private GoalSeekDialog openDialog() {
        test(find(com.vaadin.flow.component.button.Button.class)
                        .withClassName("goal-seek-button")
                        .single())
                .click();
        return find(GoalSeekDialog.class).single();
    }

    private static void choose(
            GoalSeekDialog dialog, ItemKind kind, @org.jspecify.annotations.Nullable String code, String field) {
        var items = dialog.itemChoice().getListDataView().getItems().toList();
        dialog.itemChoice()
                .setValue(items.stream()
                        .filter(i -> i.kind() == kind && java.util.Objects.equals(i.code(), code))
                        .findFirst()
                        .orElseThrow());
        dialog.fieldChoice()
                .setValue(dialog.fieldChoice()
                        .getListDataView()
                        .getItems()
                        .filter(f -> f.key().equals(field))
                        .findFirst()
                        .orElseThrow());
    }

    private static List<ItemResultRow> rows(Grid<ItemResultRow> grid) {
        return grid.getGenericDataView().getItems().toList();
    }

    private static double npvOf(ItemResultsPanel panel, String code) {
        return rows(panel.incentivesGrid()).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow()
                .npv();
    }

    private ScenarioEditor open(ScenarioDetail detail) {
        return navigate("scenarios/" + detail.id(), ScenarioEditorView.class).editor();
    }
}
