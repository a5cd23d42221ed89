package org.workbench.web.compare;

import static org.workbench.web.base.Roles.ANY_ROLE;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.workbench.domain.NamedResult;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioComparison;
import org.workbench.importers.ComparisonExport;
import org.workbench.importers.WorkbookExporter;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioQuery;
import org.workbench.web.scenario.ScenarioService;

/**
 * Compares 2 to 6 stored scenarios: projects each, and lines up their key figures, inputs and yearly results
 * against a base. Everyone who may read scenarios may compare them.
 */
@Service
@PreAuthorize(ANY_ROLE)
@RequiredArgsConstructor
public class CompareService {
    private final ScenarioService scenarios;
    private final AuditTrail auditTrail;

    /** The scenarios the current user may compare, by name. */
    public List<ScenarioChoice> choices() {
        var all = scenarios.list(ScenarioQuery.all(), Pageable.unpaged(Sort.by("name")));
        Set<String> repeated = repeated(all.stream().map(s -> s.name()).toList());
        return all.stream()
                .map(s -> new ScenarioChoice(s.id(), label(s.name(), s.id(), repeated)))
                .toList();
    }

    /**
     * @throws CompareException when a scenario does not exist or may not be read
     */
    public Comparison compare(CompareRequest request) {
        List<Projected> projected = load(request);
        int baseIndex = request.baseIndex();
        ScenarioComparison kpis = ScenarioComparison.compare(
                projected.stream()
                        .map(p -> new NamedResult(p.label(), p.result()))
                        .toList(),
                baseIndex);
        List<KpiRow> rows = kpis.rows().stream().map(CompareService::row).toList();
        List<ScenarioColumn> columns = projected.stream()
                .map(p -> new ScenarioColumn(
                        p.detail().id(),
                        p.detail().name(),
                        p.label(),
                        p.scenario().settings().currency(),
                        p.scenario().settings().firstYear(),
                        p.scenario().settings().lastYear()))
                .toList();
        List<InputRow> inputs =
                InputMatrix.of(projected.stream().map(Projected::scenario).toList(), baseIndex);
        ChartData charts = Charts.of(projected.stream()
                .map(p -> new Charts.Input(p.label(), p.scenario(), p.result()))
                .toList());
        return new Comparison(columns, baseIndex, rows, inputs, charts);
    }

    /**
     * Writes the comparison as an Excel workbook (the format's Comparison sheet) in the given language, and records
     * the export in the audit trail.
     *
     * @throws CompareException when a scenario does not exist or may not be read
     */
    public void export(CompareRequest request, Locale locale, OutputStream out) throws IOException {
        List<Projected> projected = load(request);
        var export = new ComparisonExport(
                projected.stream()
                        .map(p -> new NamedResult(p.label(), p.result()))
                        .toList(),
                request.baseIndex());
        WorkbookExporter.writeComparison(export, true, locale, out);
        auditTrail.record(
                AuditAction.EXPORTED,
                "comparison:" + request.idsParameter(),
                Map.of("base", String.valueOf(request.baseId()), "format", "xlsx"));
    }

    private record Projected(ScenarioDetail detail, String label, ProjectionResult result) {
        Scenario scenario() {
            return detail.scenario();
        }
    }

    private List<Projected> load(CompareRequest request) {
        List<ScenarioDetail> found;
        try {
            found = scenarios.getAll(request.ids());
        } catch (AccessDeniedException denied) {
            throw new CompareException("compare.error.unreadable", request.idsParameter());
        }
        if (found.size() != request.ids().size()) {
            Set<Long> present = found.stream().map(ScenarioDetail::id).collect(Collectors.toSet());
            String missing = request.ids().stream()
                    .filter(id -> !present.contains(id))
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            throw new CompareException("compare.error.notFound", missing);
        }
        Set<String> repeated = repeated(found.stream().map(ScenarioDetail::name).toList());
        var projected = new ArrayList<Projected>(found.size());
        for (ScenarioDetail detail : found) {
            projected.add(new Projected(
                    detail, label(detail.name(), detail.id(), repeated), ProjectionEngine.project(detail.scenario())));
        }
        return projected;
    }

    private static KpiRow row(ScenarioComparison.Row row) {
        var cells = new ArrayList<KpiRow.Cell>(row.values().size());
        for (int i = 0; i < row.values().size(); i++) {
            cells.add(new KpiRow.Cell(
                    row.values().get(i),
                    row.absoluteDeltas().get(i),
                    row.relativeDeltas().get(i),
                    row.isBest(i)));
        }
        return new KpiRow(row.kpi(), row.direction(), cells);
    }

    private static Set<String> repeated(List<String> names) {
        return names.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static String label(String name, long id, Set<String> repeated) {
        return repeated.contains(name) ? name + " #" + id : name;
    }
}
