package org.workbench.web.compare.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.web.base.explain.ExplainedScenario;
import org.workbench.web.base.ui.explain.FigureExplainer;
import org.workbench.web.compare.ScenarioColumn;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioService;

/**
 * The comparison's key-figure names with the button that explains them. The definition shows every compared
 * scenario's inputs, read again through the scenario service (so with the reader's rights) when it opens: the
 * comparison itself keeps only the figures.
 */
final class ComparedFigures {
    private ComparedFigures() {}

    /** The row's name followed by the button for its definition. */
    static Component explained(Component name, Kpi kpi, List<ScenarioColumn> columns) {
        var explainer = new FigureExplainer();
        explainer.showLazily(() -> load(columns));
        var box = new Span(name, explainer.button(kpi));
        box.addClassName("explain-label");
        return box;
    }

    private static List<ExplainedScenario> load(List<ScenarioColumn> columns) {
        ScenarioService scenarios = VaadinService.getCurrent().getInstantiator().getOrCreate(ScenarioService.class);
        Map<Long, ScenarioDetail> found = scenarios
                .getAll(columns.stream().map(ScenarioColumn::id).toList())
                .stream()
                .collect(Collectors.toMap(ScenarioDetail::id, Function.identity()));
        var explained = new ArrayList<ExplainedScenario>(columns.size());
        for (ScenarioColumn column : columns) {
            ScenarioDetail detail = found.get(column.id());
            // A scenario deleted since the comparison was drawn has no inputs left to show.
            if (detail != null) {
                explained.add(new ExplainedScenario(
                        column.label(), detail.scenario(), ProjectionEngine.project(detail.scenario())));
            }
        }
        return explained;
    }
}
