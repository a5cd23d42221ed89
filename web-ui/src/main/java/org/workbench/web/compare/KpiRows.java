package org.workbench.web.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.workbench.domain.Kpi;
import org.workbench.domain.NamedResult;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.ScenarioComparison;

/** The rows of a comparison's key figures and risk figures, under its horizon rule. */
final class KpiRows {
    /** Totals over the horizon: a per-year comparison divides them by the horizon's years. */
    static final Set<Kpi> HORIZON_TOTALS = EnumSet.of(
            Kpi.JOB_YEARS,
            Kpi.INCENTIVE_OUTLAY,
            Kpi.PV_OUTLAY,
            Kpi.PV_REVENUE,
            Kpi.PV_PROCEEDS,
            Kpi.PV_SERVICE_COST,
            Kpi.PV_CLAWBACKS,
            Kpi.NPV);

    private KpiRows() {}

    /** Per key figure the expected row, then the promised row where any scenario's promise differs from it. */
    static List<KpiRow> of(
            List<String> labels,
            List<ProjectionResult> expected,
            List<ProjectionResult> promised,
            int baseIndex,
            HorizonNote horizon) {
        ScenarioComparison expectedRows = compare(labels, shown(expected, horizon), baseIndex);
        ScenarioComparison promisedRows = compare(labels, shown(promised, horizon), baseIndex);
        boolean perYear = horizon.applied() == HorizonMode.PER_YEAR;
        var rows = new ArrayList<KpiRow>();
        for (Kpi kpi : Kpi.values()) {
            boolean divided = perYear && HORIZON_TOTALS.contains(kpi);
            boolean best = horizon.marksBest(divided);
            ScenarioComparison.Row e = expectedRows.row(kpi);
            ScenarioComparison.Row p = promisedRows.row(kpi);
            rows.add(row(e, KpiRow.View.EXPECTED, divided, best));
            if (!e.values().equals(p.values())) {
                rows.add(row(p, KpiRow.View.PROMISED, divided, best));
            }
        }
        return rows;
    }

    /** P5 and P95 of the npv, P(loss), then the affordability figures of the expected view. */
    static List<RiskRow> risk(List<ScenarioRisk> risks, List<ProjectionResult> expected, HorizonNote horizon) {
        var rows = new ArrayList<RiskRow>();
        for (RiskRow.Measure measure : RiskRow.Measure.values()) {
            List<OptionalDouble> values = new ArrayList<>();
            for (int i = 0; i < risks.size(); i++) {
                ScenarioRisk risk = risks.get(i);
                ProjectionResult result = expected.get(i);
                values.add(
                        switch (measure) {
                            case NPV_P5 -> risk.npvP5();
                            case NPV_P95 -> risk.npvP95();
                            case LOSS_PROBABILITY -> risk.lossProbability();
                            case PEAK_OUTLAY_SHARE -> result.kpi(Kpi.PEAK_OUTLAY_SHARE);
                            case OUTLAY_SHARE_OF_BUDGET -> result.kpi(Kpi.OUTLAY_SHARE_OF_BUDGET);
                            case PEAK_FUNDING_GAP -> result.kpi(Kpi.PEAK_FUNDING_GAP);
                        });
            }
            boolean divided = horizon.applied() == HorizonMode.PER_YEAR && measure.dividedPerYear();
            List<Integer> best = horizon.marksBest(divided) ? best(measure, values) : List.of();
            var cells = new ArrayList<RiskRow.Cell>();
            for (int i = 0; i < values.size(); i++) {
                RiskRow.Level level = measure == RiskRow.Measure.PEAK_OUTLAY_SHARE
                        ? RiskRow.Level.ofPeakShare(values.get(i))
                        : RiskRow.Level.NONE;
                cells.add(new RiskRow.Cell(values.get(i), best.contains(i), level));
            }
            rows.add(new RiskRow(measure, cells));
        }
        return rows;
    }

    /** The results as the rows show them: in a per-year comparison the totals over the horizon per year. */
    private static List<ProjectionResult> shown(List<ProjectionResult> results, HorizonNote horizon) {
        if (horizon.applied() != HorizonMode.PER_YEAR) {
            return results;
        }
        var shown = new ArrayList<ProjectionResult>();
        for (int i = 0; i < results.size(); i++) {
            ProjectionResult result = results.get(i);
            Map<Kpi, Double> kpis = new EnumMap<>(Kpi.class);
            int years = horizon.yearsOf(i);
            for (Kpi kpi : Kpi.values()) {
                OptionalDouble value = result.kpi(kpi);
                if (value.isPresent()) {
                    kpis.put(kpi, HORIZON_TOTALS.contains(kpi) ? value.getAsDouble() / years : value.getAsDouble());
                }
            }
            shown.add(new ProjectionResult(result.modelVersion(), result.years(), kpis));
        }
        return shown;
    }

    private static ScenarioComparison compare(List<String> labels, List<ProjectionResult> results, int baseIndex) {
        var named = new ArrayList<NamedResult>();
        for (int i = 0; i < results.size(); i++) {
            named.add(new NamedResult(labels.get(i), results.get(i)));
        }
        return ScenarioComparison.compare(named, baseIndex);
    }

    private static KpiRow row(ScenarioComparison.Row row, KpiRow.View view, boolean perYear, boolean marksBest) {
        var cells = new ArrayList<KpiRow.Cell>(row.values().size());
        for (int i = 0; i < row.values().size(); i++) {
            cells.add(new KpiRow.Cell(
                    row.values().get(i),
                    row.absoluteDeltas().get(i),
                    row.relativeDeltas().get(i),
                    marksBest && row.isBest(i)));
        }
        return new KpiRow(row.kpi(), row.direction(), view, perYear, cells);
    }

    /**
     * The best values by the domain's own rule (ties share the mark, none when fewer than two values or all equal),
     * applied through a key figure of the same direction, so that risk rows and key figures cannot mark differently.
     */
    private static List<Integer> best(RiskRow.Measure measure, List<OptionalDouble> values) {
        Kpi sameDirection = measure.direction() == org.workbench.domain.KpiDirection.HIGHER_IS_BETTER
                ? Kpi.NPV
                : Kpi.PEAK_FUNDING_GAP;
        var results = new ArrayList<ProjectionResult>();
        for (OptionalDouble value : values) {
            Map<Kpi, Double> kpis = new EnumMap<>(Kpi.class);
            value.ifPresent(v -> kpis.put(sameDirection, v));
            results.add(new ProjectionResult("", List.of(), kpis));
        }
        List<String> names = values.stream().map(v -> "").toList();
        return compare(names, results, 0).row(sameDirection).best();
    }
}
