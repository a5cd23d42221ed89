package org.workbench.importers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.workbench.domain.FieldKind;
import org.workbench.domain.InputFields;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Kpi;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Tornado;
import org.workbench.domain.TornadoRow;
import org.workbench.domain.YearResult;

/** Writes the result sheets of a scenario workbook: Results per view, KPIs, Risk and Fan. */
final class ResultSheets {
    private ResultSheets() {}

    private record ResultColumn(String key, ToDoubleFunction<YearResult> value, boolean money) {}

    private static final List<ResultColumn> RESULT_COLUMNS = List.of(
            new ResultColumn("grossDirectJobs", YearResult::grossDirectJobs, false),
            new ResultColumn("netDirectJobs", YearResult::netDirectJobs, false),
            new ResultColumn("totalJobs", YearResult::totalJobs, false),
            new ResultColumn("valueAdded", YearResult::valueAdded, true),
            new ResultColumn("laborIncome", YearResult::laborIncome, true),
            new ResultColumn("taxRevenue", YearResult::taxRevenue, true),
            new ResultColumn("outlay", YearResult::outlay, true),
            new ResultColumn("equityProceeds", YearResult::equityProceeds, true),
            new ResultColumn("serviceCost", YearResult::serviceCost, true),
            new ResultColumn("netFiscalFlow", YearResult::netFiscalFlow, true),
            new ResultColumn("cumulativeNetFiscalFlow", YearResult::cumulativeNetFiscalFlow, true),
            new ResultColumn("populationInflow", YearResult::populationInflow, false),
            new ResultColumn("clawbacks", YearResult::clawbacks, true));

    /** One row per year of one view, in the sheet of that view's role. */
    static void results(XlsxWriter w, SheetRole role, ProjectionResult result) {
        int[] widths = new int[1 + RESULT_COLUMNS.size()];
        Arrays.fill(widths, 18);
        widths[0] = 8;
        SXSSFSheet sheet = w.sheet(role.title(w.locale), widths);
        List<String> titles = new ArrayList<>();
        titles.add(w.text("export.results.year"));
        RESULT_COLUMNS.forEach(c -> titles.add(w.text("export.results." + c.key())));
        w.headerRow(sheet, 0, titles);
        int r = 1;
        for (YearResult year : result.years()) {
            Row row = sheet.createRow(r++);
            w.number(row, 0, year.year(), w.integer);
            int col = 1;
            for (ResultColumn c : RESULT_COLUMNS) {
                w.number(row, col++, c.value().applyAsDouble(year), c.money() ? w.currencyMoney : w.count);
            }
        }
    }

    /**
     * Key, Key figure (its label in the export's language) and Value: one view's key figures, as the comparison's
     * sheet per scenario has them.
     */
    static void kpis(XlsxWriter w, String sheetName, ProjectionResult result) {
        SXSSFSheet sheet = w.sheet(sheetName, 26, 36, 22);
        w.headerRow(
                sheet, 0, List.of(w.text("export.kpis.key"), w.text("export.kpis.label"), w.text("export.kpis.value")));
        int r = 1;
        for (Kpi kpi : Kpi.values()) {
            Row row = sheet.createRow(r++);
            keyAndLabel(w, row, kpi);
            kpiCell(w, row, 2, kpi, result.kpi(kpi));
        }
    }

    /** The model's key (what a program reads) and, beside it, the label the app shows (what a reader reads). */
    static void keyAndLabel(XlsxWriter w, Row row, Kpi kpi) {
        w.text(row, 0, kpi.key());
        w.text(row, 1, label(w, kpi));
    }

    static String label(XlsxWriter w, Kpi kpi) {
        return ProblemFormatter.domainText(kpi.labelKey(), w.locale);
    }

    /**
     * Every key figure in every view and over the draws: Key, Promised, Expected, Monitored (empty without
     * actuals), Mean, P5, P50, P95, P(defined).
     */
    static void kpis(XlsxWriter w, ScenarioReport report) {
        SXSSFSheet sheet = w.sheet(SheetRole.KPIS.title(w.locale), 26, 36, 20, 20, 20, 20, 20, 20, 20, 14);
        List<String> titles = new ArrayList<>();
        for (String key :
                List.of("key", "label", "promised", "expected", "monitored", "mean", "p5", "p50", "p95", "defined")) {
            titles.add(w.text("export.kpis." + key));
        }
        w.headerRow(sheet, 0, titles);
        int r = 1;
        for (Kpi kpi : Kpi.values()) {
            Row row = sheet.createRow(r++);
            keyAndLabel(w, row, kpi);
            kpiCell(w, row, 2, kpi, report.views().promised().kpi(kpi));
            kpiCell(w, row, 3, kpi, report.views().expected().kpi(kpi));
            report.views().monitored().ifPresent(m -> kpiCell(w, row, 4, kpi, m.kpi(kpi)));
            MonteCarloResult.KpiDistribution d = report.monteCarlo().kpi(kpi);
            kpiCell(w, row, 5, kpi, d.mean());
            kpiCell(w, row, 6, kpi, d.p5());
            kpiCell(w, row, 7, kpi, d.p50());
            kpiCell(w, row, 8, kpi, d.p95());
            w.number(row, 9, d.definedShare(), w.percent);
        }
    }

    static void kpiCell(XlsxWriter w, Row row, int col, Kpi kpi, OptionalDouble value) {
        if (value.isEmpty()) {
            return;
        }
        w.number(row, col, value.getAsDouble(), kpiStyle(w, kpi, value.getAsDouble()));
    }

    /**
     * The number format that rounds a key figure as the app shows it, the exact value staying in the cell: jobs and
     * people whole, money whole in the currency, ratios to two places, the concentration index to three.
     */
    static CellStyle kpiStyle(XlsxWriter w, Kpi kpi, double value) {
        return switch (kpi.unit()) {
            case JOBS, JOB_YEARS, PEOPLE -> w.count;
            case MONEY, MONEY_PER_JOB -> w.currencyMoney;
            case RATIO -> w.ratio;
            case INDEX -> w.index;
            // a percentile of break-even years may lie between two years: only an exact year gets the year format
            case YEAR -> value == Math.rint(value) ? w.integer : w.decimal;
        };
    }

    /**
     * The probability of a loss and the Monte Carlo's draws and seed, then the tornado: one row per ranged input and
     * per uncertain incentive, largest swing first.
     */
    static void risk(XlsxWriter w, ScenarioReport report) {
        SXSSFSheet sheet = w.sheet(SheetRole.RISK.title(w.locale), 26, 14, 26, 16, 16, 20, 20, 20);
        MonteCarloResult mc = report.monteCarlo();
        Tornado tornado = report.tornado();
        Row loss = sheet.createRow(0);
        w.text(loss, 0, w.text("export.risk.lossProbability"));
        w.number(loss, 1, mc.lossProbability(), w.percent);
        Row npv = sheet.createRow(1);
        w.text(npv, 0, w.text("export.risk.expectedNpv"));
        w.number(npv, 1, tornado.npv(), w.currencyMoney);
        Row draws = sheet.createRow(2);
        w.text(draws, 0, w.text("export.risk.draws"));
        w.number(draws, 1, mc.draws(), w.integer);
        Row seed = sheet.createRow(3);
        w.text(seed, 0, w.text("export.risk.seed"));
        w.number(seed, 1, mc.seed(), w.integer);
        List<String> titles = new ArrayList<>();
        for (String key : List.of("sheet", "code", "field", "low", "high", "npvLow", "npvHigh", "swing")) {
            titles.add(w.text("export.risk." + key));
        }
        int headerRow = 5;
        w.headerRow(sheet, headerRow, titles);
        int r = headerRow + 1;
        for (TornadoRow t : tornado.rows()) {
            Row row = sheet.createRow(r++);
            w.text(row, 0, sheetOf(t.item()).title(w.locale));
            w.text(row, 1, t.code());
            w.text(
                    row,
                    2,
                    t.successRow()
                            ? w.text("export.risk.success")
                            : FieldColumn.column(t.item(), t.field())
                                    .map(c -> c.title(w.locale))
                                    .orElse(t.field()));
            CellStyle bounds =
                    !t.successRow() && InputFields.get(t.item(), t.field()).kind() == FieldKind.SHARE
                            ? w.percent
                            : null;
            w.number(row, 3, t.low(), bounds);
            w.number(row, 4, t.high(), bounds);
            w.number(row, 5, t.npvLow(), w.currencyMoney);
            w.number(row, 6, t.npvHigh(), w.currencyMoney);
            w.number(row, 7, t.swing(), w.currencyMoney);
        }
    }

    static SheetRole sheetOf(ItemKind item) {
        return switch (item) {
            case SETTINGS -> SheetRole.SCENARIO;
            case INDUSTRY -> SheetRole.INDUSTRIES;
            case INCENTIVE -> SheetRole.INCENTIVES;
        };
    }

    /** Year, C P5, C P50, C P95: the fan of the cumulative net fiscal flow over the draws. */
    static void fan(XlsxWriter w, ScenarioReport report) {
        SXSSFSheet sheet = w.sheet(SheetRole.FAN.title(w.locale), 8, 20, 20, 20);
        w.headerRow(
                sheet,
                0,
                List.of(
                        w.text("export.fan.year"),
                        w.text("export.fan.p5"),
                        w.text("export.fan.p50"),
                        w.text("export.fan.p95")));
        int r = 1;
        for (MonteCarloResult.FanYear year : report.monteCarlo().fan()) {
            Row row = sheet.createRow(r++);
            w.number(row, 0, year.year(), w.integer);
            w.number(row, 1, year.p5(), w.currencyMoney);
            w.number(row, 2, year.p50(), w.currencyMoney);
            w.number(row, 3, year.p95(), w.currencyMoney);
        }
    }
}
