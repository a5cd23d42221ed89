package org.workbench.web.upload.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.InputFields;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;
import org.workbench.web.base.Formats;
import org.workbench.web.scenario.RecordFields;

/**
 * The Sources sheet as it was read: each input a source is named for, its value and the source's text. The planner
 * checks before committing that every source landed on the input meant, since a wrong field or code in the sheet
 * would put a citation beside another figure.
 */
class PreviewSources extends Div {

    PreviewSources(Scenario scenario) {
        addClassName("preview-sources");
        List<InputSource> sources = ordered(scenario);
        add(new H3(getTranslation("upload.preview.sources.title", sources.size())));
        var grid = new Grid<InputSource>();
        grid.addClassName("preview-sources-grid");
        grid.addColumn(this::input)
                .setHeader(getTranslation("upload.preview.sources.input"))
                .setFlexGrow(2);
        grid.addColumn(s -> value(valueOf(scenario, s)))
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

    // The sheet's and the editor's order: settings, then industries and incentives as listed, each in field order.
    private static List<InputSource> ordered(Scenario scenario) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < scenario.industries().size(); i++) {
            position.put(ItemKind.INDUSTRY + scenario.industries().get(i).code(), i);
        }
        for (int i = 0; i < scenario.incentives().size(); i++) {
            position.put(ItemKind.INCENTIVE + scenario.incentives().get(i).code(), i);
        }
        return scenario.sources().stream()
                .sorted(Comparator.comparing(InputSource::item)
                        .thenComparingInt(s -> position.getOrDefault(s.item() + s.code(), -1))
                        .thenComparingInt(s -> InputFields.indexOf(s.inputField())))
                .toList();
    }

    private static @Nullable Object valueOf(Scenario scenario, InputSource source) {
        Record item = switch (source.item()) {
            case SETTINGS -> scenario.settings();
            case INDUSTRY ->
                scenario.industries().stream()
                        .filter(i -> i.code().equals(source.code()))
                        .findFirst()
                        .orElseThrow();
            case INCENTIVE ->
                scenario.incentives().stream()
                        .filter(i -> i.code().equals(source.code()))
                        .findFirst()
                        .orElseThrow();
        };
        RecordFields fields = RecordFields.of(item.getClass());
        return fields.read(item)[fields.names().indexOf(source.field())];
    }
}
