package org.workbench.web.upload.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;
import org.workbench.web.base.Formats;

/**
 * The Sources sheet as it was read: each input a source is named for, its value and the source's text. The planner
 * checks before committing that every source landed on the input meant, since a wrong field or code in the sheet
 * would put a citation beside another figure.
 */
class PreviewSources extends Div {

    PreviewSources(Scenario scenario) {
        addClassName("preview-sources");
        List<InputSource> sources = scenario.sourcesInOrder();
        add(new H3(getTranslation("upload.preview.sources.title", sources.size())));
        var grid = new Grid<InputSource>();
        grid.addClassName("preview-sources-grid");
        grid.addColumn(this::input)
                .setHeader(getTranslation("upload.preview.sources.input"))
                .setFlexGrow(2);
        grid.addColumn(s -> value(scenario.valueOf(s)))
                .setHeader(getTranslation("upload.preview.sources.value"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(InputSource::text)
                .setHeader(getTranslation("upload.preview.sources.source"))
                .setFlexGrow(4);
        grid.setItems(sources);
        grid.setAllRowsVisible(true);
        grid.setWidth("56em");
        add(grid);
    }

    private String input(InputSource source) {
        String label = getTranslation(source.inputField().labelKey());
        return source.item() == ItemKind.SETTINGS ? label : source.code() + " · " + label;
    }

    private String value(@Nullable Object value) {
        Locale locale = getLocale();
        return switch (value) {
            case null -> "—";
            case IncentiveType type -> getTranslation("incentiveType." + type.name());
            case Double d -> Formats.decimals(d, 4, locale);
            case Number n -> String.valueOf(n);
            default -> value.toString();
        };
    }
}
