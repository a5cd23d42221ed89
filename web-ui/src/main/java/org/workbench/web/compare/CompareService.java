package org.workbench.web.compare;

import static org.workbench.web.base.Roles.ANY_ROLE;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioViews;
import org.workbench.importers.WorkbookExporter;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;
import org.workbench.web.base.i18n.WorkbenchI18nProvider;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioQuery;
import org.workbench.web.scenario.ScenarioService;

/**
 * Compares 2 to 6 stored scenarios: projects each in the version 2 views, and lines up their key figures, risk,
 * inputs and yearly results against a base. Everyone who may read scenarios may compare them.
 *
 * <p>Monte Carlo runs here directly through {@link ComparisonRisk}, bounded per request; once the shared risk service
 * with its cache exists, the comparison should take its results from there (see {@code ComparisonRisk#of}).
 */
@Service
@PreAuthorize(ANY_ROLE)
@RequiredArgsConstructor
public class CompareService {
    private final ScenarioService scenarios;
    private final AuditTrail auditTrail;
    private final WorkbenchI18nProvider i18n;
    private final ComparisonRisk monteCarlo = new ComparisonRisk();

    /** The scenarios the current user may compare, by name. */
    public List<ScenarioChoice> choices() {
        var all = scenarios.list(ScenarioQuery.all(), Pageable.unpaged(Sort.by("name")));
        Set<String> repeated = repeated(all.stream().map(s -> s.name()).toList());
        return all.stream()
                .map(s -> new ScenarioChoice(s.id(), label(s.name(), s.id(), repeated)))
                .toList();
    }

    /**
     * Projects every scenario in the expected and the promised view over the span the horizon rule asks for (by
     * default the shortest horizon among them), runs a bounded Monte Carlo of those with uncertain inputs, and lines
     * up the figures against the base.
     *
     * <p>When the request asks for approved revisions, each scenario's approved revision is compared, also while a
     * newer draft is worked on.
     *
     * @throws CompareException when a scenario does not exist or may not be read, or approved revisions are asked
     *     for and a scenario has none
     */
    public Comparison compare(CompareRequest request) {
        List<Projected> projected = load(request);
        int baseIndex = request.baseIndex();
        HorizonNote horizon = projected.getFirst().horizon();
        List<String> labels = projected.stream().map(Projected::label).toList();
        List<ProjectionResult> expected =
                projected.stream().map(p -> p.views().expected()).toList();
        List<ProjectionResult> promised =
                projected.stream().map(p -> p.views().promised()).toList();
        List<KpiRow> rows = KpiRows.of(labels, expected, promised, baseIndex, horizon);
        List<ScenarioRisk> risks = new ArrayList<>();
        for (int i = 0; i < projected.size(); i++) {
            ScenarioRisk risk = monteCarlo.of(projected.get(i).scenario(), expected.get(i));
            risks.add(horizon.applied() == HorizonMode.PER_YEAR ? risk.perYear(horizon.yearsOf(i)) : risk);
        }
        List<ScenarioColumn> columns = projected.stream()
                .map(p -> new ScenarioColumn(
                        p.detail().id(),
                        p.detail().name(),
                        p.label(),
                        p.scenario().settings().currency(),
                        p.scenario().settings().firstYear(),
                        p.scenario().settings().lastYear(),
                        p.content().settings().horizonYears(),
                        p.detail().status(),
                        p.revision(),
                        p.detail().approvedRevision(),
                        request.revisions() == Revisions.APPROVED))
                .toList();
        List<InputRow> inputs =
                InputMatrix.of(projected.stream().map(Projected::content).toList(), baseIndex);
        ChartData charts = Charts.of(projected.stream()
                .map(p -> new Charts.Input(p.label(), p.scenario(), p.views().expected()))
                .toList());
        return new Comparison(
                columns, baseIndex, rows, inputs, charts, horizon, risks, KpiRows.risk(risks, expected, horizon));
    }

    /**
     * What a bounded Monte Carlo says about one scenario's npv ({@link ComparisonRisk}'s bounds), e.g. for a report;
     * a scenario without uncertain inputs needs no draws.
     */
    public ScenarioRisk risk(Scenario scenario, ProjectionResult expected) {
        return monteCarlo.of(scenario, expected);
    }

    /**
     * Writes the comparison as an Excel workbook (the format's Comparison sheet) in the given language, with the
     * same figures as the page: the expected key figures, the promised ones, the npv's P5 and P95 and P(loss) under
     * the request's horizon rule, of the revisions it asks for; and records the export in the audit trail.
     *
     * @throws CompareException when a scenario does not exist or may not be read, or has no approved revision asked
     *     for
     */
    public void export(CompareRequest request, Locale locale, OutputStream out) throws IOException {
        Comparison comparison = compare(request);
        WorkbookExporter.writeComparison(ComparisonSheet.of(comparison, i18n, locale), true, locale, out);
        auditTrail.record(
                AuditAction.EXPORTED,
                "comparison:" + request.idsParameter(),
                Map.of(
                        "base",
                        String.valueOf(request.baseId()),
                        "format",
                        "xlsx",
                        "horizon",
                        comparison.horizon().applied().parameter(),
                        "revisions",
                        request.revisions().parameter()));
    }

    /**
     * @param content the compared revision as stored
     * @param scenario that content over the span the horizon rule asks for
     */
    private record Projected(
            ScenarioDetail detail,
            int revision,
            Scenario content,
            String label,
            Scenario scenario,
            ScenarioViews views,
            HorizonNote horizon) {}

    /** A scenario with the revision to compare. */
    private record Chosen(ScenarioDetail detail, int revision, Scenario content) {}

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
        List<Chosen> chosen = chosen(found, request.revisions());
        Set<String> repeated = repeated(found.stream().map(ScenarioDetail::name).toList());
        var horizon = new HorizonNote(
                request.horizon(),
                chosen.stream().map(c -> c.content().settings().horizonYears()).toList());
        var projected = new ArrayList<Projected>(found.size());
        for (Chosen c : chosen) {
            Scenario scenario = horizon.applied() == HorizonMode.COMMON
                    ? Horizons.over(c.content(), horizon.commonYears())
                    : c.content();
            projected.add(new Projected(
                    c.detail(),
                    c.revision(),
                    c.content(),
                    label(c.detail().name(), c.detail().id(), repeated),
                    scenario,
                    ProjectionEngine.views(scenario),
                    horizon));
        }
        return projected;
    }

    /**
     * The revision to compare of each scenario. Approved revisions are checked for all before any is loaded, so that
     * the refusal names every scenario without one and nothing is compared half approved.
     */
    private List<Chosen> chosen(List<ScenarioDetail> found, Revisions rule) {
        if (rule == Revisions.LATEST) {
            return found.stream()
                    .map(d -> new Chosen(d, d.latestRevision(), d.scenario()))
                    .toList();
        }
        String unapproved = found.stream()
                .filter(d -> d.approvedRevision() == null)
                .map(ScenarioDetail::name)
                .map(name -> "“" + name + "”")
                .collect(Collectors.joining(", "));
        if (!unapproved.isEmpty()) {
            throw new CompareException("compare.error.notApproved", unapproved);
        }
        var chosen = new ArrayList<Chosen>(found.size());
        for (ScenarioDetail detail : found) {
            int revision = Objects.requireNonNull(detail.approvedRevision());
            Scenario content = detail.latestRevision() == revision
                    ? detail.scenario()
                    : scenarios.version(detail.id(), revision).scenario();
            chosen.add(new Chosen(detail, revision, content));
        }
        return chosen;
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
