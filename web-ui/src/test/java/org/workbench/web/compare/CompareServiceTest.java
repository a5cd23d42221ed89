package org.workbench.web.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.workbench.web.TestUsers.signIn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Kpi;
import org.workbench.domain.KpiDirection;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.SampleScenario;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.web.account.Role;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

@SpringBootTest
@ActiveProfiles("test")
class CompareServiceTest {

    @Autowired
    CompareService compare;

    @Autowired
    ScenarioService scenarios;

    @MockitoSpyBean
    AuditTrail auditTrail;

    private final List<Long> sampleIds = new ArrayList<>();

    @BeforeEach
    void seedTheSamples() {
        signIn("planner", Role.PLANNER);
        for (SampleScenario sample : SampleScenarios.versionOne()) {
            sampleIds.add(scenarios.create(sample.scenario(), "test").id());
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void deltas_are_taken_against_the_chosen_base_and_the_best_value_follows_each_figures_direction() {
        long base = sampleIds.get(1);
        Comparison comparison = compare.compare(new CompareRequest(sampleIds, base));

        assertThat(comparison.baseIndex()).isEqualTo(1);
        assertThat(comparison.scenarios()).extracting(ScenarioColumn::id).containsExactlyElementsOf(sampleIds);
        // The version 1 samples keep every promise: no promised row differs from the expected one.
        assertThat(comparison.kpis()).extracting(KpiRow::kpi).containsExactly(Kpi.values());
        assertThat(comparison.kpis()).extracting(KpiRow::view).containsOnly(KpiRow.View.EXPECTED);
        // The science city runs 20 years, the others 15: by default all are compared over the first 15.
        assertThat(comparison.horizon().differ()).isTrue();
        assertThat(comparison.horizon().commonYears()).isEqualTo(15);
        List<Scenario> inputs = SampleScenarios.versionOne().stream()
                .map(s -> Horizons.over(s.scenario(), 15))
                .toList();
        for (KpiRow row : comparison.kpis(KpiRow.View.EXPECTED)) {
            assertThat(row.direction()).isEqualTo(row.kpi().direction());
            List<OptionalDouble> expected = inputs.stream()
                    .map(s -> ProjectionEngine.project(s).kpi(row.kpi()))
                    .toList();
            OptionalDouble baseValue = expected.get(1);
            for (int i = 0; i < expected.size(); i++) {
                KpiRow.Cell cell = row.cells().get(i);
                assertThat(cell.value()).as("%s of %d", row.kpi(), i).isEqualTo(expected.get(i));
                if (expected.get(i).isPresent() && baseValue.isPresent()) {
                    double delta = expected.get(i).getAsDouble() - baseValue.getAsDouble();
                    assertThat(cell.absoluteDelta().getAsDouble()).isCloseTo(delta, within(1e-6));
                    if (baseValue.getAsDouble() != 0 && row.kpi() != Kpi.BREAK_EVEN_YEAR) {
                        assertThat(cell.relativeDelta().getAsDouble())
                                .isCloseTo(delta / Math.abs(baseValue.getAsDouble()), within(1e-12));
                    }
                } else {
                    assertThat(cell.absoluteDelta()).isEmpty();
                    assertThat(cell.relativeDelta()).isEmpty();
                }
            }
            assertThat(bestIndices(row)).as(row.kpi().key()).isEqualTo(expectedBest(row.direction(), expected));
        }
        // The base differs from itself by nothing.
        assertThat(comparison.kpis().getFirst().cells().get(1).absoluteDelta()).hasValue(0.0);
    }

    @Test
    void the_samples_differ_so_that_each_directed_figure_has_a_best_scenario_and_npv_has_exactly_one() {
        Comparison comparison = compare.compare(new CompareRequest(sampleIds, sampleIds.getFirst()));

        KpiRow npv = row(comparison, Kpi.NPV);
        assertThat(bestIndices(npv)).hasSize(1);
        assertThat(bestIndices(row(comparison, Kpi.POPULATION_FINAL))).isEmpty();
        KpiRow outlay = row(comparison, Kpi.INCENTIVE_OUTLAY);
        int cheapest = bestIndices(outlay).getFirst();
        for (KpiRow.Cell cell : outlay.cells()) {
            assertThat(outlay.cells().get(cheapest).value().getAsDouble())
                    .isLessThanOrEqualTo(cell.value().getAsDouble());
        }
    }

    @Test
    void a_scenario_without_jobs_leaves_its_cost_per_job_empty_with_no_delta_and_no_best_flag() {
        Scenario jobless = withoutJobs(SampleScenarios.versionOne().get(2).scenario());
        long joblessId = scenarios.create(jobless, "no jobs").id();
        Comparison comparison =
                compare.compare(new CompareRequest(List.of(sampleIds.getFirst(), joblessId), sampleIds.getFirst()));

        KpiRow costPerJob = row(comparison, Kpi.COST_PER_NET_JOB);
        KpiRow.Cell empty = costPerJob.cells().get(1);
        assertThat(empty.value()).isEmpty();
        assertThat(empty.absoluteDelta()).isEmpty();
        assertThat(empty.relativeDelta()).isEmpty();
        assertThat(empty.best()).isFalse();
        // Only one scenario has a value: nothing to be best against.
        assertThat(costPerJob.cells().getFirst().best()).isFalse();
        assertThat(row(comparison, Kpi.CONCENTRATION_HHI).cells().get(1).value())
                .isEmpty();
        // Undefined in the base: no deltas for anybody.
        Comparison againstJobless =
                compare.compare(new CompareRequest(List.of(sampleIds.getFirst(), joblessId), joblessId));
        assertThat(row(againstJobless, Kpi.COST_PER_NET_JOB).cells().getFirst().absoluteDelta())
                .isEmpty();
    }

    @Test
    void one_changed_input_is_the_only_difference_and_is_marked_changed_against_the_base() {
        Scenario original = TestScenarios.evCity("Diff base " + System.nanoTime());
        Scenario changed = TestScenarios.withButForShare(original, "JS1", 0.5);
        long a = scenarios.create(original, null).id();
        long b = scenarios.create(changed, null).id();

        Comparison comparison = compare.compare(new CompareRequest(List.of(a, b), a));

        assertThat(comparison.differingInputs()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(ItemKind.INCENTIVE);
            assertThat(row.item()).isEqualTo("JS1");
            assertThat(row.field()).isEqualTo("butForShare");
            assertThat(row.fieldLabelKey()).isEqualTo("field.incentive.butForShare");
            assertThat(row.cells())
                    .extracting(InputRow.Cell::status)
                    .containsExactly(InputRow.Status.BASE, InputRow.Status.CHANGED);
            assertThat(row.cells()).extracting(InputRow.Cell::value).containsExactly(0.2, 0.5);
        });
        assertThat(comparison.inputs().size()).isGreaterThan(20);
        assertThat(comparison.inputs())
                .filteredOn(row -> !row.differs())
                .allSatisfy(row -> assertThat(row.cells().get(1).status()).isEqualTo(InputRow.Status.SAME));
    }

    @Test
    void industries_only_one_scenario_has_are_added_or_removed_relative_to_the_base() {
        Comparison comparison = compare.compare(new CompareRequest(sampleIds, sampleIds.getFirst()));

        InputRow nev = comparison.inputs().stream()
                .filter(r -> "NEV".equals(r.item()) && r.field().equals("name"))
                .findFirst()
                .orElseThrow();
        assertThat(nev.cells().getFirst().status()).isEqualTo(InputRow.Status.BASE);
        assertThat(nev.cells().subList(1, 3))
                .extracting(InputRow.Cell::status)
                .allMatch(s -> s == InputRow.Status.REMOVED || s == InputRow.Status.SAME);
        assertThat(comparison.differingInputs())
                .anySatisfy(r ->
                        assertThat(r.cells()).extracting(InputRow.Cell::status).contains(InputRow.Status.ADDED));
        assertThat(comparison.differingInputs()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ItemKind.SETTINGS);
            assertThat(r.field()).isEqualTo("name");
        });
    }

    @Test
    void charts_span_the_union_of_the_years_and_leave_a_gap_where_a_scenario_has_none() {
        Comparison comparison = compare.compare(new CompareRequest(sampleIds, sampleIds.getFirst()));

        ChartData charts = comparison.charts();
        int first = comparison.scenarios().stream()
                .mapToInt(ScenarioColumn::firstYear)
                .min()
                .orElseThrow();
        int last = comparison.scenarios().stream()
                .mapToInt(ScenarioColumn::lastYear)
                .max()
                .orElseThrow();
        assertThat(charts.years()).hasSize(last - first + 1).startsWith(first).endsWith(last);
        for (int s = 0; s < comparison.scenarios().size(); s++) {
            ScenarioColumn column = comparison.scenarios().get(s);
            double[] jobs = charts.totalJobs().get(s).values();
            for (int i = 0; i < jobs.length; i++) {
                int year = charts.years().get(i);
                boolean inRange = year >= column.firstYear() && year <= column.lastYear();
                assertThat(Double.isNaN(jobs[i]))
                        .as("%s %d", column.label(), year)
                        .isEqualTo(!inRange);
            }
            double[] chain = charts.jobsChain().get(s).values();
            assertThat(chain).hasSize(ChartData.ChainStep.values().length);
            assertThat(chain[0])
                    .isEqualTo(
                            row(comparison, Kpi.GROSS_DIRECT_JOBS_FINAL)
                                    .cells()
                                    .get(s)
                                    .value()
                                    .getAsDouble(),
                            within(1e-6));
            assertThat(chain[3])
                    .isEqualTo(
                            row(comparison, Kpi.NET_JOBS_FINAL)
                                    .cells()
                                    .get(s)
                                    .value()
                                    .getAsDouble(),
                            within(1e-6));
            // Each step can only lose jobs until the multiplier adds some.
            assertThat(chain[1]).isLessThanOrEqualTo(chain[0]);
            assertThat(chain[2]).isLessThanOrEqualTo(chain[1]);
            assertThat(chain[3]).isGreaterThanOrEqualTo(chain[2]);
            double[] outlay = charts.outlayByType().get(s).values();
            assertThat(java.util.Arrays.stream(outlay).sum())
                    .isCloseTo(
                            row(comparison, Kpi.INCENTIVE_OUTLAY)
                                    .cells()
                                    .get(s)
                                    .value()
                                    .getAsDouble(),
                            within(1.0));
        }
        assertThat(charts.outlayTypes()).contains(IncentiveType.EQUITY);
    }

    @Test
    void a_viewer_may_compare_what_they_can_read() {
        signIn("viewer", Role.VIEWER);

        Comparison comparison = compare.compare(new CompareRequest(sampleIds.subList(0, 2), sampleIds.get(1)));

        assertThat(comparison.base().id()).isEqualTo(sampleIds.get(1));
        assertThat(compare.choices()).extracting(ScenarioChoice::id).containsAll(sampleIds);
    }

    @Test
    void nobody_signed_out_may_compare() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> compare.compare(new CompareRequest(sampleIds, sampleIds.getFirst())))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(compare::choices).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_scenario_that_does_not_exist_is_named_in_the_error() {
        assertThatThrownBy(() -> compare.compare(new CompareRequest(List.of(sampleIds.getFirst(), 999_999L), 999_999L)))
                .isInstanceOfSatisfying(CompareException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("compare.error.notFound");
                    assertThat(e.arguments()).containsExactly("999999");
                });
    }

    @Test
    void the_export_writes_the_comparison_sheet_in_the_users_language_and_is_audited() throws Exception {
        var out = new ByteArrayOutputStream();
        var request = new CompareRequest(sampleIds, sampleIds.get(2));

        compare.export(request, Locale.SIMPLIFIED_CHINESE, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("对比");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo(SampleScenarios.versionOne()
                            .getFirst()
                            .scenario()
                            .settings()
                            .name());
            // The key figures, then the npv's P5 and P95 and P(loss); no promised rows, since every promise is kept.
            assertThat(sheet.getLastRowNum()).isEqualTo(Kpi.values().length + 3);
            assertThat(sheet.getRow(Kpi.values().length + 1).getCell(0).getStringCellValue())
                    .isEqualTo("npv.p5");
            assertThat(sheet.getRow(Kpi.values().length + 3).getCell(0).getStringCellValue())
                    .isEqualTo("lossProbability");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(Kpi.NET_JOBS_FINAL.key());
            // Each scenario's own key figures follow the comparison, one sheet per scenario.
            long kpiSheets = java.util.stream.IntStream.range(0, workbook.getNumberOfSheets())
                    .mapToObj(workbook::getSheetName)
                    .filter(name -> name.startsWith("关键指标"))
                    .count();
            assertThat(kpiSheets).isEqualTo(sampleIds.size());
        }
        verify(auditTrail).record(eq(AuditAction.EXPORTED), eq("comparison:" + request.idsParameter()), anyMap());
    }

    private static KpiRow row(Comparison comparison, Kpi kpi) {
        return comparison.kpis().stream()
                .filter(r -> r.kpi() == kpi)
                .findFirst()
                .orElseThrow();
    }

    private static List<Integer> bestIndices(KpiRow row) {
        var best = new ArrayList<Integer>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.cells().get(i).best()) {
                best.add(i);
            }
        }
        return best;
    }

    /** Written apart from the domain's rule: the extreme present value(s), none when neutral or all equal. */
    private static List<Integer> expectedBest(KpiDirection direction, List<OptionalDouble> values) {
        List<Double> present = values.stream()
                .filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble)
                .toList();
        if (direction == KpiDirection.NEUTRAL
                || present.size() < 2
                || present.stream().distinct().count() == 1) {
            return List.of();
        }
        double target = direction == KpiDirection.HIGHER_IS_BETTER
                ? present.stream().mapToDouble(d -> d).max().orElseThrow()
                : present.stream().mapToDouble(d -> d).min().orElseThrow();
        var indices = new ArrayList<Integer>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isPresent() && values.get(i).getAsDouble() == target) {
                indices.add(i);
            }
        }
        return indices;
    }

    private static Scenario withoutJobs(Scenario scenario) {
        List<Incentive> incentives = scenario.incentives().stream()
                .map(i -> new Incentive(
                        i.code(),
                        i.name(),
                        i.type(),
                        i.industryCode(),
                        i.startYear(),
                        i.durationYears(),
                        0,
                        i.rampYears(),
                        i.butForShare(),
                        i.amount(),
                        i.talents(),
                        i.exitYear(),
                        i.exitMultiple()))
                .toList();
        return new Scenario(scenario.settings(), scenario.industries(), incentives);
    }
}
