package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.scenario.ScenarioService;

/** "Export to Excel": sends the chosen scenario's workbook, with results, in the user's language. */
class ExportLink extends Anchor {

    /** Which scenario to export. */
    record Target(long id, String name) {}

    /** @param target the scenario to export when clicked; read at download time, outside the UI's lock */
    ExportLink(ScenarioService service, Supplier<@Nullable Target> target) {
        addClassName("action-export");
        Locale locale = getLocale();
        setHref(DownloadHandler.fromInputStream(event -> {
            Target summary = target.get();
            if (summary == null) {
                return DownloadResponse.error(404);
            }
            return Downloads.excel(fileName(summary.name()), out -> service.exportWorkbook(summary.id(), locale, out));
        }));
        add(
                VaadinIcon.DOWNLOAD.create(),
                new com.vaadin.flow.component.html.Span(getTranslation("scenario.action.export")));
        getElement().setAttribute("download", true);
        getElement().setAttribute("theme", "button");
    }

    /** The scenario's name without the characters file systems refuse. */
    static String fileName(String scenarioName) {
        String safe = scenarioName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (safe.isEmpty() ? "scenario" : safe) + ".xlsx";
    }
}
