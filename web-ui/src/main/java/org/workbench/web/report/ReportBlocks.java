package org.workbench.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.workbench.domain.IncentiveMonitoring;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.ScenarioViews;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.compare.ChartData;
import org.workbench.web.compare.Comparison;
import org.workbench.web.compare.HorizonMode;
import org.workbench.web.compare.HorizonText;
import org.workbench.web.compare.RiskRow;
import org.workbench.web.compare.ScenarioRisk;

/** The report's version 2 blocks: the views side by side, Monte Carlo's figures, budget warnings, money charts. */
final class ReportBlocks {
    private ReportBlocks() {}

    /** Every key figure in every view: promised, expected and, with actuals, monitored. */
    static Report.Table views(
            HorizonText.Texts text, ScenarioViews views, BiFunction<Kpi, OptionalDouble, String> format) {
        var header = new ArrayList<String>(List.of(
                text.get("report.compare.figure"), text.get("report.view.promised"), text.get("report.view.expected")));
        views.monitored().ifPresent(m -> header.add(text.get("report.view.monitored")));
        var rows = new ArrayList<List<String>>();
        for (Kpi kpi : Kpi.values()) {
            var cells = new ArrayList<String>();
            cells.add(text.get(kpi.labelKey()));
            cells.add(format.apply(kpi, views.promised().kpi(kpi)));
            cells.add(format.apply(kpi, views.expected().kpi(kpi)));
            views.monitored().ifPresent(m -> cells.add(format.apply(kpi, m.kpi(kpi))));
            rows.add(cells);
        }
        List<Boolean> numeric =
                IntStream.range(0, header.size()).mapToObj(i -> i > 0).toList();
        return new Report.Table(text.get("report.views"), header, rows, numeric);
    }

    /** P5, P50 and P95 of the npv and P(loss), with the draws and the seed in the heading. */
    static Report.Figures risk(
            HorizonText.Texts text, ScenarioRisk risk, Function<OptionalDouble, String> money, Locale locale) {
        return new Report.Figures(
                text.get("report.risk", Formats.count(risk.draws(), locale), risk.seed()),
                List.of(
                        new Report.Figure(text.get("compare.risk.NPV_P5"), money.apply(risk.npvP5())),
                        new Report.Figure(text.get("report.risk.p50"), money.apply(risk.npvP50())),
                        new Report.Figure(text.get("compare.risk.NPV_P95"), money.apply(risk.npvP95())),
                        new Report.Figure(
                                text.get("compare.risk.LOSS_PROBABILITY"),
                                Formats.orDash(risk.lossProbability(), v -> Formats.percent(v, locale)))));
    }

    /** A warning when the peak outlay share passes the amber or red threshold; nothing below them. */
    static Optional<Report.Note> budgetWarning(HorizonText.Texts text, ProjectionResult expected, Locale locale) {
        OptionalDouble share = expected.kpi(Kpi.PEAK_OUTLAY_SHARE);
        if (share.isEmpty() || share.getAsDouble() <= RiskRow.AMBER_SHARE) {
            return Optional.empty();
        }
        String level = share.getAsDouble() > RiskRow.RED_SHARE ? "RED" : "AMBER";
        return Optional.of(new Report.Note(
                text.get("compare.risk.PEAK_OUTLAY_SHARE"),
                text.get(
                        "report.budget." + level,
                        Formats.percent(share.getAsDouble(), locale),
                        Formats.percent(RiskRow.AMBER_SHARE, locale),
                        Formats.percent(RiskRow.RED_SHARE, locale))));
    }

    /** The incentives that deliver less than the scenario's threshold, when actuals were recorded. */
    static Optional<Report.Note> behind(HorizonText.Texts text, ScenarioViews views) {
        List<IncentiveMonitoring> behind = views.behind();
        if (behind.isEmpty()) {
            return Optional.empty();
        }
        String codes = behind.stream().map(IncentiveMonitoring::code).collect(Collectors.joining(", "));
        return Optional.of(new Report.Note(text.get("report.view.monitored"), text.get("report.behind", codes)));
    }

    /** A money chart in the unit its largest value needs, the unit named in the heading and on the axis. */
    static Report.Chart moneyChart(
            String heading, List<String> categories, List<ChartData.Series> series, Locale locale, String currency) {
        double[] all = series.stream()
                .flatMapToDouble(s -> java.util.Arrays.stream(s.values()))
                .toArray();
        MoneyScale scale = MoneyScale.forValues(all, locale, currency);
        List<ChartData.Series> scaled = series.stream()
                .map(s -> new ChartData.Series(s.name(), scale.apply(s.values())))
                .toList();
        return new Report.Chart(
                heading + " (" + scale.unit() + ")",
                Report.ChartType.LINES,
                Report.Scale.MONEY,
                scale.unit(),
                categories,
                scaled);
    }

    /** The comparison's risk and affordability rows, as on the page. */
    static Report.Table riskTable(HorizonText.Texts text, Comparison comparison, List<String> header, Locale locale) {
        boolean perYear = comparison.horizon().applied() == HorizonMode.PER_YEAR;
        var rows = new ArrayList<List<String>>();
        for (RiskRow row : comparison.riskRows()) {
            var cells = new ArrayList<String>();
            cells.add(text.get(row.measure().labelKey())
                    + (perYear && row.measure().dividedPerYear() ? " " + text.get("compare.kpis.perYear") : ""));
            for (int i = 0; i < row.cells().size(); i++) {
                RiskRow.Cell cell = row.cells().get(i);
                String currency = comparison.scenarios().get(i).currency();
                String value = row.measure().unit() == RiskRow.Unit.SHARE
                        ? Formats.orDash(cell.value(), v -> Formats.percent(v, locale))
                        : Formats.orDash(cell.value(), v -> MoneyScale.format(v, locale, currency));
                if (cell.level() != RiskRow.Level.NONE) {
                    value += " · "
                            + text.get("compare.risk.level." + cell.level().name());
                }
                cells.add(cell.best() ? value + " ★" : value);
            }
            rows.add(cells);
        }
        String draws = IntStream.range(0, comparison.risks().size())
                .mapToObj(i -> status(text, comparison, i, locale))
                .collect(Collectors.joining(" · "));
        List<Boolean> numeric =
                IntStream.range(0, header.size()).mapToObj(i -> i > 0).toList();
        return new Report.Table(text.get("report.compare.risk", draws), header, rows, numeric);
    }

    private static String status(HorizonText.Texts text, Comparison comparison, int index, Locale locale) {
        ScenarioRisk risk = comparison.risks().get(index);
        String label = comparison.scenarios().get(index).label();
        return risk.status() == ScenarioRisk.Status.MONTE_CARLO
                ? text.get("compare.risk.status.MONTE_CARLO", label, Formats.count(risk.draws(), locale), risk.seed())
                : text.get("compare.risk.status." + risk.status().name(), label);
    }
}
