package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.workbench.web.scenario.ScenarioComment;
import org.workbench.web.scenario.ScenarioReviewService;

/** The history's account of the review: every step and every comment, newest first, beside the versions. */
class ReviewTimeline extends VerticalLayout {
    /** One line: a step (its action's text key) or a comment. */
    record Entry(
            String whatKey,
            String who,
            Instant at,
            int revision,
            @Nullable String text) {}

    private final ScenarioReviewService service;
    private final long scenarioId;
    private final Grid<Entry> grid = new Grid<>(Entry.class, false);

    ReviewTimeline(ScenarioReviewService service, long scenarioId) {
        this.service = service;
        this.scenarioId = scenarioId;
        addClassName("review-timeline");
        setPadding(false);
        grid.addClassName("review-timeline-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> getTranslation(e.whatKey()))
                .setHeader(getTranslation("review.timeline.what"))
                .setAutoWidth(true);
        grid.addColumn(Entry::revision)
                .setHeader(getTranslation("review.timeline.revision"))
                .setWidth("6em")
                .setFlexGrow(0);
        grid.addColumn(Entry::who)
                .setHeader(getTranslation("review.timeline.by"))
                .setAutoWidth(true);
        grid.addColumn(e -> Display.time(e.at(), getLocale()))
                .setHeader(getTranslation("review.timeline.when"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.text() == null ? "" : e.text())
                .setHeader(getTranslation("review.timeline.text"))
                .setWidth("14em")
                .setFlexGrow(3);
        add(new H4(getTranslation("review.timeline.title")), grid);
        refresh();
    }

    void refresh() {
        var entries = new ArrayList<Entry>();
        service.steps(scenarioId)
                .forEach(s -> entries.add(
                        new Entry("review.step." + s.action().name(), s.actor(), s.at(), s.revision(), s.note())));
        for (ScenarioComment c : service.comments(scenarioId)) {
            entries.add(new Entry("review.timeline.COMMENT", c.author(), c.at(), c.revision(), c.text()));
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        grid.setItems(entries);
        setVisible(!entries.isEmpty());
    }

    List<Entry> entries() {
        return grid.getListDataView().getItems().toList();
    }
}
