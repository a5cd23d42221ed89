package org.workbench.web.report.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Optional;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.base.ui.UserTimeZone;
import org.workbench.web.report.Report;
import org.workbench.web.report.ReportService;
import org.workbench.web.scenario.ScenarioNotFoundException;

/** The printable report of one scenario: {@code /scenarios/{id}/report}. Outside the app's shell, to print as is. */
@Route(value = "scenarios/:id/report", autoLayout = false)
@PermitAll
@StyleSheet("context://styles/report.css")
class ScenarioReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final ReportService service;
    private String title = "";

    ScenarioReportView(ReportService service) {
        this.service = service;
        addClassName("report-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().get("id").flatMap(ScenarioReportView::parse);
        Locale locale = getLocale();
        try {
            long scenarioId = id.orElseThrow(() -> new ScenarioNotFoundException(-1));
            Report report = service.scenario(scenarioId, locale, UserTimeZone.current());
            title = report.title();
            add(new ReportPage(
                    report,
                    "scenarios/" + scenarioId,
                    getTranslation("report.back.scenario"),
                    Downloads.pdf(() -> report.fileName() + ".pdf", out -> out.write(service.pdf(report, locale)))));
        } catch (ScenarioNotFoundException e) {
            title = getTranslation("scenario.notFound");
            add(new Paragraph(getTranslation("scenario.notFound")));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
