package org.workbench.web.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.workbench.domain.Kpi;
import org.workbench.domain.NamedResult;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.importers.ComparisonExport;
import org.workbench.web.base.i18n.WorkbenchI18nProvider;

/**
 * The comparison as the Excel export writes it: the expected key figures under their keys (as the page shows them,
 * per year in a per-year comparison), then {@code <key>.promised} where the promise differs, then the npv's P5 and
 * P95 and P(loss); the README says which horizon the figures cover.
 */
final class ComparisonSheet {
    private ComparisonSheet() {}

    static ComparisonExport of(Comparison comparison, WorkbenchI18nProvider i18n, Locale locale) {
        int n = comparison.scenarios().size();
        List<Map<Kpi, Double>> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            expected.add(new EnumMap<>(Kpi.class));
        }
        var extra = new ArrayList<ComparisonExport.ExtraRow>();
        for (KpiRow row : comparison.kpis()) {
            if (row.view() == KpiRow.View.EXPECTED) {
                for (int i = 0; i < n; i++) {
                    int index = i;
                    row.cells()
                            .get(i)
                            .value()
                            .ifPresent(v -> expected.get(index).put(row.kpi(), v));
                }
            } else {
                extra.add(new ComparisonExport.ExtraRow(
                        row.kpi().key() + ".promised",
                        values(row.cells().stream().map(KpiRow.Cell::value)),
                        false));
            }
        }
        List<ScenarioRisk> risks = comparison.risks();
        extra.add(new ComparisonExport.ExtraRow("npv.p5", values(risks.stream().map(ScenarioRisk::npvP5)), false));
        extra.add(new ComparisonExport.ExtraRow("npv.p95", values(risks.stream().map(ScenarioRisk::npvP95)), false));
        extra.add(new ComparisonExport.ExtraRow(
                "lossProbability", values(risks.stream().map(ScenarioRisk::lossProbability)), true));
        var named = new ArrayList<NamedResult>();
        for (int i = 0; i < n; i++) {
            named.add(new NamedResult(
                    comparison.scenarios().get(i).label(),
                    new ProjectionResult(ProjectionEngine.MODEL_VERSION, List.of(), expected.get(i))));
        }
        List<String> notes = new ArrayList<>();
        notes.add(HorizonText.of(comparison, (key, args) -> i18n.getTranslation(key, locale, args)));
        notes.add(i18n.getTranslation("compare.export.views", locale));
        RevisionText.of(comparison, (key, args) -> i18n.getTranslation(key, locale, args))
                .ifPresent(notes::add);
        return new ComparisonExport(named, comparison.baseIndex(), extra, notes);
    }

    private static List<OptionalDouble> values(java.util.stream.Stream<OptionalDouble> values) {
        return values.toList();
    }
}
