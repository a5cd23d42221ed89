package org.workbench.web.report;

import static org.workbench.web.base.Roles.ANY_ROLE;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioViews;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.base.i18n.WorkbenchI18nProvider;
import org.workbench.web.compare.ChartData;
import org.workbench.web.compare.Charts;
import org.workbench.web.compare.CompareRequest;
import org.workbench.web.compare.CompareService;
import org.workbench.web.compare.Comparison;
import org.workbench.web.compare.HorizonText;
import org.workbench.web.compare.InputRow;
import org.workbench.web.compare.KpiRow;
import org.workbench.web.compare.RevisionText;
import org.workbench.web.compare.ScenarioRisk;
import org.workbench.web.report.Report.Block;
import org.workbench.web.report.Report.Figure;
import org.workbench.web.scenario.RecordFields;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioReviewService;
import org.workbench.web.scenario.ScenarioService;

/**
 * Builds the report of a scenario or of a comparison in the reader's language, and writes it as a PDF. Whoever may
 * read the scenarios may print them; the figures are those of the engine, formatted as the app shows them.
 */
@Service
@PreAuthorize(ANY_ROLE)
@RequiredArgsConstructor
public class ReportService {
    private final ScenarioService scenarios;
    private final ScenarioReviewService review;
    private final CompareService comparisons;
    private final WorkbenchI18nProvider i18n;
    private final Clock clock;
    private final ObjectProvider<BuildProperties> build;
    private final ReportFonts fonts;

    /** @throws org.workbench.web.scenario.ScenarioNotFoundException when there is no such scenario to read */
    public Report scenario(long id, Locale locale, ZoneId zone) {
        ScenarioDetail detail = scenarios.get(id);
        Scenario scenario = detail.scenario();
        ScenarioViews views = ProjectionEngine.views(scenario);
        ProjectionResult result = views.expected();
        String currency = scenario.settings().currency();
        ChartData charts = Charts.of(List.of(new Charts.Input(detail.name(), scenario, result)));
        var text = new Texts(locale);
        boolean viewsDiffer = result != views.promised() || views.monitored().isPresent();
        var blocks = new ArrayList<Block>();
        blocks.add(ReviewNote.of(text::get, review.state(id), zone));
        blocks.add(new Report.Figures(
                text.get(viewsDiffer ? "report.figures.expected" : "report.figures"),
                List.of(Kpi.values()).stream()
                        .map(kpi -> new Figure(text.get(kpi.labelKey()), text.kpi(kpi, result.kpi(kpi), currency)))
                        .toList()));
        if (viewsDiffer) {
            blocks.add(ReportBlocks.views(text::get, views, (kpi, v) -> text.kpi(kpi, v, currency)));
        }
        ScenarioRisk risk = comparisons.risk(scenario, result);
        if (risk.status() == ScenarioRisk.Status.MONTE_CARLO) {
            blocks.add(ReportBlocks.risk(text::get, risk, v -> text.kpi(Kpi.NPV, v, currency), locale));
        }
        ReportBlocks.budgetWarning(text::get, result, locale).ifPresent(blocks::add);
        ReportBlocks.behind(text::get, views).ifPresent(blocks::add);
        blocks.add(chain(text, charts, 0));
        blocks.add(new Report.Chart(
                text.get("scenario.chart.jobs"),
                Report.ChartType.LINES,
                Report.Scale.COUNT,
                "",
                yearLabels(charts),
                List.of(
                        series(
                                text.get("scenario.years.totalJobs"),
                                result.years().stream().mapToDouble(y -> y.totalJobs())),
                        series(
                                text.get("scenario.years.netDirectJobs"),
                                result.years().stream().mapToDouble(y -> y.netDirectJobs())),
                        series(
                                text.get("scenario.years.grossDirectJobs"),
                                result.years().stream().mapToDouble(y -> y.grossDirectJobs())))));
        blocks.add(ReportBlocks.moneyChart(
                text.get("scenario.chart.fiscal"),
                yearLabels(charts),
                List.of(
                        series(
                                text.get("scenario.years.netFiscalFlow"),
                                result.years().stream().mapToDouble(y -> y.netFiscalFlow())),
                        series(
                                text.get("scenario.years.cumulative"),
                                result.years().stream().mapToDouble(y -> y.cumulativeNetFiscalFlow()))),
                locale,
                currency));
        blocks.add(inputs(text, ItemKind.SETTINGS, List.of(scenario.settings())));
        blocks.add(inputs(text, ItemKind.INDUSTRY, scenario.industries()));
        blocks.add(inputs(text, ItemKind.INCENTIVE, scenario.incentives()));
        SourceTables.scenario(text::get, scenario, text::value).ifPresent(blocks::add);
        String subtitle = text.get(
                "report.scenario.subtitle",
                Objects.requireNonNullElse(scenario.settings().city(), "—"),
                scenario.settings().firstYear(),
                scenario.settings().lastYear(),
                scenario.settings().currency(),
                detail.latestRevision());
        return new Report(
                text.get("report.scenario.title", detail.name()),
                subtitle,
                blocks,
                footer(text, zone, ProjectionEngine.MODEL_VERSION),
                "report-" + detail.id());
    }

    /** @throws org.workbench.web.compare.CompareException when a scenario does not exist or may not be read */
    public Report comparison(CompareRequest request, Locale locale, ZoneId zone) {
        Comparison comparison = comparisons.compare(request);
        var text = new Texts(locale);
        var blocks = new ArrayList<Block>();
        String base = comparison.base().label();
        if (comparison.mixedCurrencies()) {
            blocks.add(new Report.Note(text.get("report.note"), text.get("report.compare.currencies")));
        }
        RevisionText.of(comparison, text::get)
                .ifPresent(note -> blocks.add(new Report.Note(text.get("report.compare.revisions"), note)));
        blocks.add(new Report.Note(text.get("report.compare.horizon"), HorizonText.of(comparison, text::get)));
        var header = new ArrayList<String>();
        header.add(text.get("report.compare.figure"));
        comparison.scenarios().forEach(s -> header.add(s.label()));
        var rows = new ArrayList<List<String>>();
        for (KpiRow row : comparison.keyFigureRows()) {
            var cells = new ArrayList<String>();
            String label = text.get(row.kpi().labelKey())
                    + (row.perYear() ? " " + text.get("compare.kpis.perYear") : "")
                    + " · " + text.get("compare.view." + row.view().name());
            cells.add(label);
            for (int i = 0; i < row.cells().size(); i++) {
                KpiRow.Cell cell = row.cells().get(i);
                String currency = comparison.scenarios().get(i).currency();
                String value = text.kpi(row.kpi(), cell.value(), currency);
                if (i != comparison.baseIndex() && cell.absoluteDelta().isPresent()) {
                    double delta = cell.absoluteDelta().getAsDouble();
                    value += " (" + (delta >= 0 ? "+" : "−")
                            + text.kpi(row.kpi(), OptionalDouble.of(Math.abs(delta)), currency) + ")";
                }
                cells.add(cell.best() ? value + " ★" : value);
            }
            rows.add(cells);
        }
        blocks.add(new Report.Table(text.get("report.compare.figures", base), header, rows, numeric(header.size())));
        blocks.add(ReportBlocks.riskTable(text::get, comparison, header, locale));
        ChartData charts = comparison.charts();
        for (int i = 0; i < comparison.scenarios().size(); i++) {
            blocks.add(chain(text, charts, i));
        }
        blocks.add(new Report.Chart(
                text.get("compare.chart.totalJobs"),
                Report.ChartType.LINES,
                Report.Scale.COUNT,
                "",
                yearLabels(charts),
                charts.totalJobs()));
        blocks.add(ReportBlocks.moneyChart(
                text.get("report.compare.fiscal"),
                yearLabels(charts),
                charts.cumulativeNetFiscalFlow(),
                locale,
                comparison.base().currency()));
        blocks.add(differingInputs(text, comparison, locale));
        SourceTables.comparison(text::get, comparison).ifPresent(blocks::add);
        String names = String.join(" · ", header.subList(1, header.size()));
        return new Report(
                text.get("report.compare.title"),
                text.get("report.compare.subtitle", names, base),
                blocks,
                footer(text, zone, ProjectionEngine.MODEL_VERSION),
                "comparison-" + request.idsParameter().replace(',', '-'));
    }

    /** The report as an A4 PDF, in the report's own language. */
    public byte[] pdf(Report report, Locale locale) throws IOException {
        return new ReportPdf(fonts, locale).write(report);
    }

    private static Report.Chain chain(Texts text, ChartData charts, int index) {
        ChartData.Series series = charts.jobsChain().get(index);
        String[] keys = {"gross", "butFor", "displacement", "multiplier"};
        double[] values = series.values();
        var steps = new ArrayList<Figure>();
        for (int i = 0; i < keys.length; i++) {
            steps.add(new Figure(text.get("scenario.chain." + keys[i]), Formats.count(values[i], text.locale)));
        }
        String heading = charts.jobsChain().size() == 1
                ? text.get("scenario.chain.title")
                : text.get("scenario.chain.title") + " · " + series.name();
        return new Report.Chain(heading, steps);
    }

    /** Every field of every item, labelled as in the editor: the inputs and assumptions behind the figures. */
    private static Report.Table inputs(Texts text, ItemKind kind, List<? extends Record> items) {
        String prefix = "field." + kind.name().toLowerCase(Locale.ROOT) + ".";
        if (kind == ItemKind.SETTINGS) {
            Record settings = items.getFirst();
            RecordFields fields = RecordFields.of(settings.getClass());
            Object[] values = fields.read(settings);
            var rows = new ArrayList<List<String>>();
            for (int i = 0; i < values.length; i++) {
                rows.add(List.of(text.get(prefix + fields.names().get(i)), text.value(values[i])));
            }
            return new Report.Table(
                    text.get("report.inputs.settings"),
                    List.of(text.get("report.inputs.field"), text.get("report.inputs.value")),
                    rows,
                    List.of(false, false));
        }
        String heading = text.get(kind == ItemKind.INDUSTRY ? "report.inputs.industries" : "report.inputs.incentives");
        if (items.isEmpty()) {
            return new Report.Table(heading, List.of("—"), List.of(), List.of(false));
        }
        RecordFields fields = RecordFields.of(items.getFirst().getClass());
        List<String> header =
                fields.names().stream().map(name -> text.get(prefix + name)).toList();
        var rows = new ArrayList<List<String>>();
        var numeric = new ArrayList<Boolean>(Collections.nCopies(header.size(), false));
        for (Record item : items) {
            Object[] values = fields.read(item);
            rows.add(Arrays.stream(values).map(text::value).toList());
            for (int c = 0; c < values.length; c++) {
                numeric.set(c, numeric.get(c) || values[c] instanceof Number);
            }
        }
        return new Report.Table(heading, header, rows, numeric);
    }

    private static Report.Table differingInputs(Texts text, Comparison comparison, Locale locale) {
        var header = new ArrayList<String>();
        header.add(text.get("report.inputs.field"));
        comparison.scenarios().forEach(s -> header.add(s.label()));
        var rows = new ArrayList<List<String>>();
        for (InputRow row : comparison.differingInputs()) {
            var cells = new ArrayList<String>();
            String item = row.item() == null ? "" : row.item() + " · ";
            cells.add(item + text.get(row.fieldLabelKey()));
            row.cells().forEach(cell -> cells.add(text.value(cell.value())));
            rows.add(cells);
        }
        return new Report.Table(text.get("report.compare.inputs"), header, rows, numeric(header.size()));
    }

    private static List<Boolean> numeric(int columns) {
        return IntStream.range(0, columns).mapToObj(i -> i > 0).toList();
    }

    private static List<String> yearLabels(ChartData charts) {
        return charts.years().stream().map(String::valueOf).toList();
    }

    private static ChartData.Series series(String name, java.util.stream.DoubleStream values) {
        return new ChartData.Series(name, values.toArray());
    }

    private Report.Footer footer(Texts text, ZoneId zone, String modelVersion) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String name = who == null ? "—" : who.getName();
        @Nullable BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "dev" : properties.getVersion();
        return new Report.Footer(text.get(
                "report.footer",
                name,
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                .withZone(zone)
                                .format(Instant.now(clock))
                        + " "
                        + (zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId()),
                version,
                modelVersion));
    }

    /** Texts and input values in one language. */
    private final class Texts {
        private final Locale locale;

        Texts(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... params) {
            return i18n.getTranslation(key, locale, params);
        }

        /** A key figure as the app shows it, money with its currency and scale. */
        String kpi(Kpi kpi, OptionalDouble value, String currency) {
            return switch (kpi.unit()) {
                case MONEY, MONEY_PER_JOB -> Formats.orDash(value, v -> MoneyScale.format(v, locale, currency));
                default -> Formats.kpi(kpi.unit(), value, locale);
            };
        }

        String value(@Nullable Object value) {
            return switch (value) {
                case null -> "—";
                case IncentiveType type -> get("incentiveType." + type.name());
                case Double d -> Formats.decimals(d, 4, locale);
                case Number n -> String.valueOf(n);
                default -> value.toString();
            };
        }
    }
}
