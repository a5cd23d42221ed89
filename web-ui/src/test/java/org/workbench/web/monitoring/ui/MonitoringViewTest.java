package org.workbench.web.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.Actual;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;
import org.workbench.web.monitoring.MonitoredIncentive;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

/**
 * The monitoring page, browserless: the behind incentives on top, the filter, the export's workbook, what a viewer is
 * offered, the way to the scenario's Actuals tab, and the page in Chinese. Every test filters by its own tag, because
 * the scenarios of other tests share the database.
 */
@SpringBootTest
@ActiveProfiles("test")
class MonitoringViewTest extends SpringBrowserlessTest {

    @Autowired
    ScenarioService scenarios;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void behind_incentives_are_listed_first_whatever_order_the_scenarios_were_saved_in() {
        String tag = tag();
        // JS1 promises 500 gross jobs in 2026 and 1,000 from 2027.
        long onTrack = create(tag + " on track", new Actual("JS1", 2026, 480.0, null, null));
        long behind = create(tag + " behind", new Actual("JS1", 2026, 100.0, null, null));
        long alsoBehind = create(
                tag + " also behind",
                new Actual("JS1", 2026, 400.0, null, null),
                new Actual("JS1", 2027, 600.0, 1e6, null));

        MonitoringView view = open(tag);

        assertThat(rows(view)).extracting(MonitoredIncentive::scenarioId).containsExactly(behind, alsoBehind, onTrack);
        assertThat(rows(view)).extracting(MonitoredIncentive::behind).containsExactly(true, true, false);
        var grid = test(view.grid);
        int ratio = grid.getColumnPosition("ratio");
        assertThat(grid.getCellText(0, ratio)).isEqualTo("20%");
        assertThat(grid.getCellText(1, ratio)).isEqualTo("60%");
        assertThat(grid.getCellText(2, ratio)).isEqualTo("96%");
        assertThat(view.count.getText()).isEqualTo("3 incentives, 2 behind");
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void the_foxconn_style_sample_is_listed_behind_its_promise() {
        Scenario sample = SampleScenarios.byId(SampleScenarios.FOXCONN_CLAWBACK)
                .orElseThrow()
                .scenario();
        String name = tag() + " Foxconn";
        long id = scenarios.create(sample.withName(name), null).id();

        MonitoringView view = open(name);

        MonitoredIncentive row = rows(view).getFirst();
        assertThat(row.scenarioId()).isEqualTo(id);
        assertThat(row.code()).isEqualTo("FOXCONN-CREDITS");
        assertThat(row.behind()).isTrue();
        assertThat(row.lastYear()).isEqualTo(2021);
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void the_filter_narrows_the_list_and_behind_only_keeps_the_behind_ones() {
        String tag = tag();
        long first = create(tag + " Alpha", new Actual("JS1", 2026, 100.0, null, null));
        long second = create(tag + " Beta", new Actual("JS1", 2026, 490.0, null, null));
        MonitoringView view = open(tag);
        assertThat(rows(view)).extracting(MonitoredIncentive::scenarioId).containsExactly(first, second);

        test(view.filter).setValue(tag + " beta");
        assertThat(rows(view)).extracting(MonitoredIncentive::scenarioId).containsExactly(second);
        assertThat(view.count.getText()).isEqualTo("One incentive, none behind");

        test(view.filter).setValue(tag);
        test(view.behindOnly).click();
        assertThat(rows(view)).extracting(MonitoredIncentive::scenarioId).containsExactly(first);

        test(view.filter).setValue("no scenario is called this " + tag);
        assertThat(rows(view)).isEmpty();
        assertThat(view.count.getText()).isEqualTo("No incentive, none behind");
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void the_export_offers_a_workbook_that_holds_the_rows_as_filtered() throws Exception {
        String tag = tag();
        create(tag + " behind", new Actual("JS1", 2026, 300.0, 6e6, null), new Actual("JS1", 2027, 500.0, 1e7, 2e5));
        create(tag + " on track", new Actual("JS1", 2026, 450.0, null, null));
        MonitoringView view = open(tag);
        Anchor export = find(Anchor.class).id("monitoring-export");
        assertThat(export.getText()).isEqualTo("Export to Excel");
        assertThat(export.getElement().hasAttribute("download")).isTrue();

        List<List<String>> sheet = download(export);

        assertThat(sheet.getFirst()).startsWith("Scenario", "City", "Incentive", "Type", "Standing", "Last year");
        assertThat(sheet.subList(1, sheet.size()))
                .extracting(r -> r.getFirst())
                .containsExactly(tag + " behind", tag + " on track");
        List<String> behind = sheet.get(1);
        assertThat(behind.get(2)).isEqualTo("JS1 · Display job subsidy");
        assertThat(Double.parseDouble(behind.get(8))).isCloseTo(0.5, within(1e-12));
        assertThat(behind.get(10)).isEqualTo("Behind");
        assertThat(sheet.get(2).get(10)).isEmpty();

        test(view.behindOnly).click();
        assertThat(download(export)).hasSize(2);
    }

    @Test
    @WithMockUser(username = "vic", roles = "VIEWER")
    void a_viewer_sees_the_list_but_cannot_record_actuals() {
        String tag = tag();
        TestUsers.signIn("planner", Role.PLANNER);
        long id = create(tag + " viewed", new Actual("JS1", 2026, 100.0, null, null));
        TestUsers.signIn("vic", Role.VIEWER);

        MonitoringView view = open(tag);

        assertThat(rows(view)).extracting(MonitoredIncentive::scenarioId).containsExactly(id);
        assertThat(test(view.grid).getCellComponent(0, "actions")).isNotInstanceOf(Button.class);
        assertThat(find(Button.class).withClassName("monitoring-record").all()).isEmpty();
        assertThat(find(Anchor.class).id("monitoring-export").isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void record_actuals_opens_the_scenario_on_its_actuals_tab() {
        String tag = tag();
        long id = create(tag + " to record", new Actual("JS1", 2026, 100.0, null, null));
        MonitoringView view = open(tag);

        var record = (Button) test(view.grid).getCellComponent(0, "actions");
        assertThat(record.getText()).isEqualTo("Record actuals");
        test(record).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("scenarios/" + id + "?tab=actuals");
        assertThat(find(TabSheet.class).single().getSelectedTab().hasClassName("actuals-tab"))
                .isTrue();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void the_page_in_chinese_shows_chinese_headers_and_exports_a_chinese_sheet() throws Exception {
        String tag = tag();
        create(tag + " 滞后", new Actual("JS1", 2026, 100.0, null, null));
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        MonitoringView view = open(tag);

        var grid = test(view.grid);
        assertThat(grid.getHeaderCell(grid.getColumnPosition("scenario"))).isEqualTo("情景");
        assertThat(grid.getHeaderCell(grid.getColumnPosition("ratio"))).isEqualTo("兑现率");
        assertThat(grid.getHeaderCell(grid.getColumnPosition("costPerJob"))).isEqualTo("每个兑现岗位的成本");
        assertThat(view.count.getText()).isEqualTo("1 项政策，其中 1 项滞后");
        assertThat(((Button) grid.getCellComponent(0, "actions")).getText()).isEqualTo("记录实际数据");
        List<List<String>> sheet = download(find(Anchor.class).id("monitoring-export"));
        assertThat(sheet.getFirst()).startsWith("情景", "城市", "政策");
        assertThat(sheet.get(1).get(10)).isEqualTo("滞后");
    }

    private MonitoringView open(String filterText) {
        MonitoringView view = navigate(MonitoringView.class);
        test(view.filter).setValue(filterText);
        return view;
    }

    private static List<MonitoredIncentive> rows(MonitoringView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    private long create(String name, Actual... actuals) {
        Scenario base = TestScenarios.evCity(name);
        return scenarios.create(base.with(List.of(), List.of(actuals)), null).id();
    }

    /** Downloads what the link offers and reads its first sheet back, every cell as text (numbers unformatted). */
    private List<List<String>> download(Anchor link) throws Exception {
        var out = new ByteArrayOutputStream();
        test(link).download(out);
        var rows = new ArrayList<List<String>>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    cells.add(
                            cell == null
                                    ? ""
                                    : switch (cell.getCellType()) {
                                        case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                                        default -> cell.getStringCellValue();
                                    });
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String tag() {
        return "Monitor view " + UUID.randomUUID().toString().substring(0, 8);
    }
}
