package org.workbench.web.upload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioViews;
import org.workbench.importers.ImportProblem;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.scenario.TestScenarios;
import org.workbench.web.upload.ReceivedFile;
import org.workbench.web.upload.UploadFiles;
import org.workbench.web.upload.UploadService;

/** The upload view's states, from no file to a committed one, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "stella", roles = "STAFF")
class UploadViewTest extends SpringBrowserlessTest {

    @Autowired
    UploadService service;

    @Test
    void without_a_file_the_view_offers_the_upload_and_the_template_and_says_what_comes() {
        UploadView view = navigate(UploadView.class);

        // Its parts are reached directly: method security guards the services, so the view is no proxy.
        assertThat(view.getClass()).isEqualTo(UploadView.class);
        assertThat(find(Upload.class).single().getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        assertThat(texts(Paragraph.class, "upload-idle")).hasSize(1);
        assertThat(view.commitForm.commit.isAttached()).isFalse();
    }

    @Test
    void a_valid_workbook_shows_its_settings_counts_and_key_figures_and_can_be_committed() throws Exception {
        UploadView view = navigate(UploadView.class);
        String name = "Preview " + UUID.randomUUID().toString().substring(0, 8);

        receive(view, UploadFiles.valid(TestScenarios.evCity(name)), "preview.xlsx");

        assertThat(factValue("preview-name")).isEqualTo(name);
        assertThat(factValue("preview-industries")).isEqualTo("2");
        assertThat(factValue("preview-incentives")).isEqualTo("2");
        Grid<?> kpis = grid("preview-kpis");
        assertThat(test(kpis).size()).isEqualTo(Kpi.values().length);
        assertThat(test(kpis).getCellText(0, 0)).isEqualTo("Net jobs (final year)");
        assertThat(find(Div.class).all().stream().filter(d -> d.hasClassName("preview-problems")))
                .isEmpty();
        assertThat(view.commitForm.commit.isEnabled()).isTrue();

        test(view.commitForm.commit).click();
        waitUntil(() -> !texts(Paragraph.class, "commit-done").isEmpty());

        assertThat(texts(Paragraph.class, "commit-done")).containsExactly("Imported into “" + name + "”, version 1.");
    }

    @Test
    void a_workbook_with_errors_lists_every_problem_at_its_cell_and_offers_no_commit() throws Exception {
        UploadView view = navigate(UploadView.class);

        receive(view, UploadFiles.withErrors(TestScenarios.evCity("Broken")), "broken.xlsx");

        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = (Grid<ImportProblem>) grid("problem-grid");
        int rows = test(problems).size();
        assertThat(rows).isGreaterThanOrEqualTo(2);
        var cells = new java.util.ArrayList<String>();
        for (int i = 0; i < rows; i++) {
            cells.add(test(problems).getCellText(i, 1));
        }
        assertThat(cells).contains("Incentives!J2", "Incentives!E2");
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("Error");
        assertThat(texts(Paragraph.class, "preview-rejected"))
                .singleElement()
                .asString()
                .contains("cannot be imported");
        assertThat(view.commitForm.commit.isAttached()).isFalse();
        assertThat(view.commitForm.commit.isEnabled()).isFalse();
    }

    @Test
    void a_version_2_workbook_shows_its_budget_its_promised_and_expected_figures_and_a_red_warning() throws Exception {
        UploadView view = navigate(UploadView.class);
        Scenario rugao = SampleScenarios.version2().stream()
                .filter(s -> s.id().equals(SampleScenarios.RUGAO_SINGLE_BET))
                .findFirst()
                .orElseThrow()
                .scenario()
                .withName("Bet " + UUID.randomUUID().toString().substring(0, 8));

        receive(view, UploadFiles.valid(rugao), "bet.xlsx");

        assertThat(factValue("preview-budget")).isEqualTo("CNY 7B");
        assertThat(factValue("preview-uncertain")).isEqualTo("1");
        assertThat(factValue("preview-ranges")).isEqualTo("1");
        Grid<?> kpis = grid("preview-kpis");
        assertThat(kpis.getColumns()).hasSize(3);
        ScenarioViews views = ProjectionEngine.views(rugao);
        int npv = Kpi.NPV.ordinal();
        assertThat(test(kpis).getCellText(npv, 1))
                .isEqualTo(MoneyScale.format(views.promised().kpi(Kpi.NPV).getAsDouble(), Locale.ENGLISH, "CNY"));
        assertThat(test(kpis).getCellText(npv, 2))
                .isEqualTo(MoneyScale.format(views.expected().kpi(Kpi.NPV).getAsDouble(), Locale.ENGLISH, "CNY"));
        assertThat(test(kpis).getCellText(npv, 1)).isNotEqualTo(test(kpis).getCellText(npv, 2));
        assertThat(texts(Paragraph.class, "preview-budget-warning"))
                .singleElement()
                .asString()
                .startsWith("Red: ");
    }

    @Test
    void a_version_2_workbook_with_a_bad_range_lists_the_problem_at_its_cell() throws Exception {
        UploadView view = navigate(UploadView.class);
        Scenario rugao = SampleScenarios.version2().stream()
                .filter(s -> s.id().equals(SampleScenarios.RUGAO_SINGLE_BET))
                .findFirst()
                .orElseThrow()
                .scenario();
        byte[] bytes;
        try (var book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(UploadFiles.valid(rugao)))) {
            var ranges = book.getSheet("Ranges");
            var header = ranges.getRow(0);
            for (var cell : header) {
                if (cell.getStringCellValue().equals("Low")) {
                    ranges.getRow(1).getCell(cell.getColumnIndex()).setCellValue(5);
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            book.write(out);
            bytes = out.toByteArray();
        }

        receive(view, bytes, "bad-range.xlsx");

        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = (Grid<ImportProblem>) grid("problem-grid");
        assertThat(test(problems).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(problems).getCellText(0, 1)).startsWith("Ranges!");
        assertThat(view.commitForm.commit.isEnabled()).isFalse();
    }

    @Test
    void a_workbook_with_a_sources_sheet_lists_each_source_with_its_input_and_value_in_both_languages()
            throws Exception {
        UploadView view = navigate(UploadView.class);
        Scenario sourced = TestScenarios.evCity(
                        "Sourced " + UUID.randomUUID().toString().substring(0, 8))
                .withSources(List.of(
                        new InputSource(
                                ItemKind.INDUSTRY, "EV", "employmentMultiplier", "Provincial I-O table 2020, Type II"),
                        new InputSource(ItemKind.SETTINGS, null, "discountRate", "财政部 2024 年贴现率指引")));
        byte[] bytes = UploadFiles.valid(sourced);

        receive(view, bytes, "sourced.xlsx");

        assertThat(factValue("preview-sources-count")).isEqualTo("2");
        assertThat(find(H3.class).all().stream().map(H3::getText)).contains("Sources of the inputs (2)");
        Grid<?> sources = grid("preview-sources-grid");
        assertThat(sources.getColumns())
                .extracting(Grid.Column::getHeaderText)
                .containsExactly("Input", "Value", "Source");
        assertThat(rows(sources))
                .containsExactly(
                        List.of("Discount rate", "0.03", "财政部 2024 年贴现率指引"),
                        List.of("EV · Employment multiplier", "1.8", "Provincial I-O table 2020, Type II"));

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        receive(view, bytes, "sourced.xlsx");

        assertThat(grid("preview-sources-grid").getColumns())
                .extracting(Grid.Column::getHeaderText)
                .containsExactly("输入项", "数值", "来源");
        assertThat(rows(grid("preview-sources-grid")).get(1))
                .containsExactly("EV · 就业乘数", "1.8", "Provincial I-O table 2020, Type II");
    }

    @Test
    void a_workbook_without_sources_shows_no_sources_table() throws Exception {
        UploadView view = navigate(UploadView.class);

        receive(view, UploadFiles.valid(TestScenarios.evCity("Unsourced " + UUID.randomUUID())), "plain.xlsx");

        assertThat(factValue("preview-sources-count")).isEqualTo("0");
        assertThat(find(Grid.class).all().stream().filter(g -> g.hasClassName("preview-sources-grid")))
                .isEmpty();
    }

    @Test
    void a_file_imported_before_is_recognised_and_needs_a_tick_to_be_imported_again() throws Exception {
        UploadView view = navigate(UploadView.class);
        byte[] bytes = UploadFiles.valid(TestScenarios.evCity("Again " + UUID.randomUUID()));
        receive(view, bytes, "first.xlsx");
        test(view.commitForm.commit).click();
        waitUntil(() -> !texts(Paragraph.class, "commit-done").isEmpty());

        receive(view, bytes, "second.xlsx");

        assertThat(find(Paragraph.class).all().stream()
                        .map(Paragraph::getText)
                        .filter(t -> t.startsWith("This same file (as “first.xlsx”) was already imported")))
                .hasSize(1);
        assertThat(view.commitForm.commit.isEnabled()).isFalse();
        test(view.commitForm.importAgain).click();
        assertThat(view.commitForm.commit.isEnabled()).isTrue();
    }

    @Test
    void a_new_version_needs_a_scenario_chosen_from_those_the_user_may_edit() throws Exception {
        UploadView view = navigate(UploadView.class);
        receive(view, UploadFiles.valid(TestScenarios.evCity("Versioned " + UUID.randomUUID())), "v.xlsx");

        view.commitForm.target.setValue(CommitForm.NEW_VERSION);

        assertThat(view.commitForm.scenario.isVisible()).isTrue();
        assertThat(view.commitForm.commit.isEnabled()).isFalse();
    }

    private void receive(UploadView view, byte[] bytes, String name) throws Exception {
        ReceivedFile file = service.receive(new ByteArrayInputStream(bytes), name);
        view.fileReceived(file);
        waitUntil(() -> view.reading == null);
    }

    /** The reading thread hands its result over with ui.access: run the queued work until it has arrived. */
    private static void waitUntil(BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the view did not get there in time");
            }
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
    }

    private List<List<String>> rows(Grid<?> grid) {
        var rows = new java.util.ArrayList<List<String>>();
        for (int row = 0; row < test(grid).size(); row++) {
            var cells = new java.util.ArrayList<String>();
            for (int column = 0; column < grid.getColumns().size(); column++) {
                cells.add(test(grid).getCellText(row, column));
            }
            rows.add(cells);
        }
        return rows;
    }

    private String factValue(String className) {
        Div fact = find(Div.class).all().stream()
                .filter(d -> d.hasClassName(className))
                .findFirst()
                .orElseThrow();
        return ((Span) fact.getChildren().toList().get(1)).getText();
    }

    private Grid<?> grid(String className) {
        return find(Grid.class).all().stream()
                .filter(g -> g.hasClassName(className))
                .findFirst()
                .orElseThrow();
    }

    private <T extends Component & com.vaadin.flow.component.HasText> List<String> texts(
            Class<T> type, String className) {
        return find(type).all().stream()
                .filter(c -> c.getClassNames().contains(className))
                .map(com.vaadin.flow.component.HasText::getText)
                .toList();
    }
}
