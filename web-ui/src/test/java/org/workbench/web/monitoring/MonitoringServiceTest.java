package org.workbench.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.workbench.web.TestUsers.signIn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.Actual;
import org.workbench.domain.Incentive;
import org.workbench.domain.Scenario;
import org.workbench.web.account.Role;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

/**
 * The monitoring list against hand-worked cases: the figures of each row, behind ones first, archived scenarios and
 * scenarios without actuals left out, who may act on a row, the filter, and the Excel export.
 */
@SpringBootTest
@ActiveProfiles("test")
class MonitoringServiceTest {
    @Autowired
    MonitoringService monitoring;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * EV City's JS1 promises 1,000 gross jobs from 2026 on a ramp of two years (500 in 2026, 1,000 from 2027) at
     * 20,000 a job-year, so 1e7 and 2e7 of outlay; with a clawback share of 30%.
     */
    private static Scenario withActuals(String name, double clawback, List<Actual> actuals) {
        Scenario base = TestScenarios.evCity(name);
        List<Incentive> incentives = base.incentives().stream()
                .map(i -> i.code().equals("JS1") ? i.withRisk(1, null, 0, clawback) : i)
                .toList();
        return new Scenario(base.settings(), base.industries(), incentives, List.of(), actuals);
    }

    @Test
    void each_row_carries_the_hand_worked_figures_and_the_behind_ones_come_first() {
        signIn("planner", Role.PLANNER);
        String tag = "Monitor " + UUID.randomUUID();
        // Behind: 300 of 500 in 2026, 500 of 1,000 in 2027 (DR 0.5); 6e6 and 1e7 paid, 2e5 clawed back in 2027.
        ScenarioDetail behind = scenarios.create(
                withActuals(
                        tag + " behind",
                        0.3,
                        List.of(new Actual("JS1", 2026, 300.0, 6e6, null), new Actual("JS1", 2027, 500.0, 1e7, 2e5))),
                null);
        // On track: 450 of 500 in 2026 (DR 0.9), nothing paid recorded.
        ScenarioDetail onTrack = scenarios.create(
                withActuals(tag + " on track", 0.3, List.of(new Actual("JS1", 2026, 450.0, null, null))), null);
        scenarios.create(withActuals(tag + " no actuals", 0.3, List.of()), null);
        ScenarioDetail archived = scenarios.create(
                withActuals(tag + " archived", 0.3, List.of(new Actual("JS1", 2026, 1.0, null, null))), null);
        scenarios.archive(archived.id());

        List<MonitoredIncentive> rows = monitoring.incentives(new MonitoringQuery(tag, false));

        assertThat(rows).extracting(MonitoredIncentive::scenarioId).containsExactly(behind.id(), onTrack.id());
        MonitoredIncentive first = rows.getFirst();
        assertThat(first.code()).isEqualTo("JS1");
        assertThat(first.name()).isEqualTo("Display job subsidy");
        assertThat(first.city()).isEqualTo("Testville");
        assertThat(first.lastYear()).isEqualTo(2027);
        assertThat(first.promisedJobs()).isCloseTo(1_000, within(1e-9));
        assertThat(first.actualJobs()).isEqualTo(500.0);
        assertThat(first.deliveryRatio()).isCloseTo(0.5, within(1e-12));
        assertThat(first.threshold()).isEqualTo(0.8);
        assertThat(first.behind()).isTrue();
        assertThat(first.clawbackShare()).isEqualTo(0.3);
        assertThat(first.outlayToDate()).isEqualTo(1.6e7);
        assertThat(first.outlayVariance()).isCloseTo(1.6e7 - 3e7, within(1e-3));
        assertThat(first.moneyBackToDate()).isEqualTo(2e5);
        assertThat(first.costPerDeliveredJob()).isCloseTo(1.6e7 / 500, within(1e-9));
        assertThat(first.currency()).isEqualTo("CNY");
        assertThat(first.editable()).isTrue();

        MonitoredIncentive second = rows.get(1);
        assertThat(second.deliveryRatio()).isCloseTo(0.9, within(1e-12));
        assertThat(second.behind()).isFalse();
        assertThat(second.outlayToDate()).isZero();
        assertThat(second.outlayVariance()).isNull();
        assertThat(second.costPerDeliveredJob()).isNull();

        assertThat(monitoring.incentives(new MonitoringQuery(tag, true)))
                .extracting(MonitoredIncentive::scenarioId)
                .containsExactly(behind.id());
        assertThat(monitoring.incentives(
                        new MonitoringQuery("  " + tag.toUpperCase(Locale.ROOT) + " ON TRACK ", false)))
                .extracting(MonitoredIncentive::scenarioId)
                .containsExactly(onTrack.id());
    }

    @Test
    void a_new_version_with_more_actuals_is_seen_at_once_and_a_viewer_may_read_but_not_act() {
        signIn("planner", Role.PLANNER);
        String tag = "Monitor version " + UUID.randomUUID();
        ScenarioDetail detail =
                scenarios.create(withActuals(tag, 0, List.of(new Actual("JS1", 2026, 450.0, null, null))), null);
        assertThat(monitoring.incentives(new MonitoringQuery(tag, false)))
                .singleElement()
                .extracting(MonitoredIncentive::behind)
                .isEqualTo(false);
        Scenario later = detail.scenario()
                .with(
                        List.of(),
                        List.of(
                                new Actual("JS1", 2026, 450.0, null, null),
                                new Actual("JS1", 2027, 100.0, null, null)));
        scenarios.save(org.workbench.web.scenario.ScenarioId.of(detail), detail.version(), later, "two years");
        MonitoredIncentive row =
                monitoring.incentives(new MonitoringQuery(tag, false)).getFirst();
        assertThat(row.behind()).isTrue();
        assertThat(row.deliveryRatio()).isCloseTo(0.1, within(1e-12));

        signIn("vic", Role.VIEWER);
        assertThat(monitoring.incentives(new MonitoringQuery(tag, false)))
                .singleElement()
                .extracting(MonitoredIncentive::editable)
                .isEqualTo(false);
    }

    @Test
    void the_export_writes_the_listed_rows_as_numbers_under_translated_headers_and_is_audited() throws Exception {
        signIn("planner", Role.PLANNER);
        String tag = "Monitor export " + UUID.randomUUID();
        scenarios.create(
                withActuals(
                        "=" + tag,
                        0.3,
                        List.of(new Actual("JS1", 2026, 300.0, 6e6, null), new Actual("JS1", 2027, 500.0, 1e7, 2e5))),
                null);
        int auditsBefore = audits();
        var out = new ByteArrayOutputStream();
        monitoring.export(new MonitoringQuery(tag, false), Locale.ENGLISH, key -> "t-" + key, out);

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("t-monitoring.export.sheet");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("t-monitoring.column.scenario");
            assertThat(header.getLastCellNum()).isEqualTo((short) MonitoringExcelWriter.COLUMNS.size());
            Row row = sheet.getRow(1);
            // A name that starts like a formula stays text.
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=" + tag);
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("JS1 · Display job subsidy");
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(2027);
            assertThat(row.getCell(8).getNumericCellValue()).isCloseTo(0.5, within(1e-12));
            assertThat(row.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("t-monitoring.behind");
            assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(0.3);
            assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(1.6e7);
            assertThat(row.getCell(14).getNumericCellValue()).isEqualTo(2e5);
            assertThat(row.getCell(15).getNumericCellValue()).isCloseTo(32_000, within(1e-9));
            assertThat(row.getCell(16).getStringCellValue()).isEqualTo("CNY");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
        assertThat(audits()).isEqualTo(auditsBefore + 1);
    }

    private int audits() {
        Integer count = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'EXPORTED' and target = 'monitoring'", Integer.class);
        return count == null ? 0 : count;
    }
}
