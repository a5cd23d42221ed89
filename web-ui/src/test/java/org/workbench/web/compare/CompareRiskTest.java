package org.workbench.web.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.web.TestUsers.signIn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.Kpi;
import org.workbench.domain.MonteCarlo;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioViews;
import org.workbench.web.account.Role;
import org.workbench.web.scenario.ScenarioService;

@SpringBootTest
@ActiveProfiles("test")
class CompareRiskTest {

    @Autowired
    CompareService compare;

    @Autowired
    ScenarioService scenarios;

    private Scenario rugao;
    private Scenario diversified;
    private long rugaoId;
    private long diversifiedId;

    @BeforeEach
    void storeABetAndDiversifiedSubsidies() {
        signIn("planner", Role.PLANNER);
        rugao = version2(SampleScenarios.RUGAO_SINGLE_BET);
        diversified = version2(SampleScenarios.DIVERSIFIED_SUBSIDIES);
        rugaoId = scenarios.create(rugao, "risk test").id();
        diversifiedId = scenarios.create(diversified, "risk test").id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_concentrated_bet_shows_expected_below_promised_a_likely_loss_and_a_red_budget_share() {
        Comparison comparison = compare.compare(new CompareRequest(List.of(rugaoId, diversifiedId), diversifiedId));

        // The bet runs 8 years, the subsidies 15: both over the first 8.
        assertThat(comparison.horizon().commonYears()).isEqualTo(8);
        Scenario rugaoCut = Horizons.over(rugao, 8);
        Scenario diversifiedCut = Horizons.over(diversified, 8);
        ScenarioViews views = ProjectionEngine.views(rugaoCut);
        assertThat(comparison.value(Kpi.NPV, KpiRow.View.EXPECTED, 0))
                .isEqualTo(views.expected().kpi(Kpi.NPV));
        assertThat(comparison.value(Kpi.NPV, KpiRow.View.PROMISED, 0))
                .isEqualTo(views.promised().kpi(Kpi.NPV));
        assertThat(comparison.kpis())
                .filteredOn(r -> r.kpi() == Kpi.NPV)
                .extracting(KpiRow::view)
                .containsExactly(KpiRow.View.EXPECTED, KpiRow.View.PROMISED);
        assertThat(views.expected().kpi(Kpi.NPV).getAsDouble())
                .isLessThan(views.promised().kpi(Kpi.NPV).getAsDouble());

        // Monte Carlo as the scenario asks (its seed, at most 2,000 draws) over the common horizon.
        ScenarioRisk risk = comparison.risks().getFirst();
        assertThat(risk.status()).isEqualTo(ScenarioRisk.Status.MONTE_CARLO);
        int draws = Math.min(2_000, rugao.settings().draws());
        assertThat(risk.draws()).isEqualTo(draws);
        MonteCarloResult direct = MonteCarlo.run(
                rugaoCut,
                MonteCarlo.Options.of(rugaoCut.settings())
                        .withDraws(draws, rugao.settings().seed())
                        .withThreads(1));
        assertThat(risk.npvP5()).isEqualTo(direct.kpi(Kpi.NPV).p5());
        assertThat(risk.npvP95()).isEqualTo(direct.kpi(Kpi.NPV).p95());
        assertThat(risk.lossProbability()).hasValue(direct.lossProbability());
        assertThat(risk.lossProbability().getAsDouble()).isGreaterThan(0.5);
        assertThat(risk.npvP5().getAsDouble()).isLessThanOrEqualTo(risk.npvP50().getAsDouble());
        assertThat(risk.npvP50().getAsDouble())
                .isLessThanOrEqualTo(risk.npvP95().getAsDouble());

        ScenarioRisk other = comparison.risks().get(1);
        MonteCarloResult diversifiedDirect = MonteCarlo.run(
                diversifiedCut,
                MonteCarlo.Options.of(diversifiedCut.settings())
                        .withDraws(
                                Math.min(2_000, diversified.settings().draws()),
                                diversified.settings().seed())
                        .withThreads(1));
        assertThat(other.npvP5()).isEqualTo(diversifiedDirect.kpi(Kpi.NPV).p5());

        RiskRow peak = riskRow(comparison, RiskRow.Measure.PEAK_OUTLAY_SHARE);
        assertThat(peak.cells().getFirst().value().getAsDouble()).isGreaterThan(RiskRow.RED_SHARE);
        assertThat(peak.cells().getFirst().level()).isEqualTo(RiskRow.Level.RED);
        assertThat(peak.cells().getFirst().best()).isFalse();
        assertThat(riskRow(comparison, RiskRow.Measure.LOSS_PROBABILITY)
                        .cells()
                        .get(1)
                        .best())
                .isTrue();
        assertThat(riskRow(comparison, RiskRow.Measure.PEAK_FUNDING_GAP)
                        .cells()
                        .getFirst()
                        .value())
                .isEqualTo(views.expected().kpi(Kpi.PEAK_FUNDING_GAP));
        assertThat(comparison.keyFigureRows()).noneMatch(r -> Comparison.AFFORDABILITY.contains(r.kpi()));
    }

    @Test
    void the_same_comparison_gives_the_same_risk_figures_and_a_certain_scenario_needs_no_draws() {
        long certain = scenarios
                .create(SampleScenarios.versionOne().get(1).scenario().withName("Certain " + System.nanoTime()), null)
                .id();
        var request = new CompareRequest(List.of(rugaoId, certain), rugaoId);

        Comparison first = compare.compare(request);
        Comparison second = compare.compare(request);

        assertThat(second.risks()).isEqualTo(first.risks());
        ScenarioRisk plain = first.risks().get(1);
        assertThat(plain.status()).isEqualTo(ScenarioRisk.Status.CERTAIN);
        assertThat(plain.npvP5()).isEqualTo(first.value(Kpi.NPV, KpiRow.View.EXPECTED, 1));
        assertThat(plain.npvP95()).isEqualTo(plain.npvP5());
        assertThat(first.anyMonteCarlo()).isTrue();
    }

    @Test
    void the_draws_stay_within_the_comparisons_bound() {
        assertThat(ComparisonRisk.draws(rugao))
                .isEqualTo(Math.min(2_000, rugao.settings().draws()));
        Scenario many = rugao.withSettings(rugao.settings().withRisk(7e9, 0.03, 0, 100_000, 5, 0.8));
        assertThat(ComparisonRisk.draws(many)).isEqualTo(ComparisonRisk.MAX_DRAWS);
    }

    @Test
    void the_excel_export_carries_the_promised_rows_and_the_risk_rows() throws Exception {
        var out = new ByteArrayOutputStream();

        compare.export(new CompareRequest(List.of(rugaoId, diversifiedId), rugaoId), Locale.ENGLISH, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Comparison");
            Comparison comparison = compare.compare(new CompareRequest(List.of(rugaoId, diversifiedId), rugaoId));
            Row npvPromised = find(sheet, "npv.promised");
            assertThat(npvPromised.getCell(1).getNumericCellValue())
                    .isEqualTo(
                            comparison.value(Kpi.NPV, KpiRow.View.PROMISED, 0).getAsDouble());
            assertThat(find(sheet, "npv").getCell(1).getNumericCellValue())
                    .isEqualTo(
                            comparison.value(Kpi.NPV, KpiRow.View.EXPECTED, 0).getAsDouble());
            assertThat(find(sheet, "npv.p5").getCell(1).getNumericCellValue())
                    .isEqualTo(comparison.risks().getFirst().npvP5().getAsDouble());
            assertThat(find(sheet, "lossProbability").getCell(2).getNumericCellValue())
                    .isEqualTo(comparison.risks().get(1).lossProbability().getAsDouble());
            Sheet readme = workbook.getSheet("README");
            StringBuilder text = new StringBuilder();
            readme.forEach(
                    row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
            assertThat(text).contains("first 8 years");
        }
    }

    private static Row find(Sheet sheet, String key) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + key);
    }

    private static RiskRow riskRow(Comparison comparison, RiskRow.Measure measure) {
        return comparison.riskRows().stream()
                .filter(r -> r.measure() == measure)
                .findFirst()
                .orElseThrow();
    }

    private static Scenario version2(String id) {
        return SampleScenarios.version2().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow()
                .scenario()
                .withName(id + " " + System.nanoTime());
    }
}
