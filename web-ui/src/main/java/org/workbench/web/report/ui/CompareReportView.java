package org.workbench.web.report.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.base.ui.UserTimeZone;
import org.workbench.web.compare.CompareException;
import org.workbench.web.compare.CompareRequest;
import org.workbench.web.report.Report;
import org.workbench.web.report.ReportService;

/**
 * The printable report of a comparison: {@code /compare/report?ids=3,7,9&base=3&horizon=own}, the comparison's own
 * URL query, so the report shows what the page showed.
 */
@Route(value = "compare/report", autoLayout = false)
@PermitAll
@StyleSheet("context://styles/report.css")
class CompareReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final ReportService service;
    private String title = "";

    CompareReportView(ReportService service) {
        this.service = service;
        addClassName("report-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        Locale locale = getLocale();
        try {
            CompareRequest request = CompareRequest.parse(
                    first(parameters.get("ids")),
                    first(parameters.get("base")),
                    first(parameters.get("horizon")),
                    first(parameters.get("revisions")));
            Report report = service.comparison(request, locale, UserTimeZone.current());
            title = report.title();
            add(new ReportPage(
                    report,
                    "compare?" + request.query(),
                    getTranslation("report.back.compare"),
                    Downloads.pdf(() -> report.fileName() + ".pdf", out -> out.write(service.pdf(report, locale)))));
        } catch (CompareException e) {
            title = getTranslation("compare.title");
            add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static @Nullable String first(@Nullable List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
