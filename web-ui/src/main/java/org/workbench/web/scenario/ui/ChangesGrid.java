package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.workbench.web.scenario.InputChange;

/** Which inputs changed, old → new, one row per change. */
class ChangesGrid extends Grid<InputChange> {

    ChangesGrid() {
        super(InputChange.class, false);
        addClassName("changes-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(c -> Display.item(c, this))
                .setHeader(getTranslation("scenario.diff.item"))
                .setAutoWidth(true);
        addColumn(c -> c.itemName() == null ? "" : c.itemName())
                .setHeader(getTranslation("scenario.diff.itemName"))
                .setWidth("8rem")
                .setFlexGrow(1);
        addColumn(c -> switch (c.change()) {
                    case CHANGED -> Display.field(c, this);
                    case SOURCE -> getTranslation("scenario.diff.sourceOf", Display.field(c, this));
                    default ->
                        getTranslation("scenario.diff.change." + c.change().name());
                })
                .setHeader(getTranslation("scenario.diff.field"))
                .setAutoWidth(true);
        addColumn(c -> Display.value(c.oldValue(), this, getLocale()))
                .setHeader(getTranslation("scenario.diff.old"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(c -> Display.value(c.newValue(), this, getLocale()))
                .setHeader(getTranslation("scenario.diff.new"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        setEmptyStateText(getTranslation("scenario.diff.none"));
    }

    void show(List<InputChange> changes) {
        setItems(changes);
    }
}
