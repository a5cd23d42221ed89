package org.workbench.web.upload.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;
import org.workbench.importers.ImportProblem;
import org.workbench.importers.WorkbookExporter;
import org.workbench.web.base.Formats;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.base.ui.ProblemGrid;
import org.workbench.web.upload.ReceivedFile;
import org.workbench.web.upload.UploadPreview;

/** What a read workbook would become: the file, its settings and counts, its key figures, and every problem. */
class PreviewPanel extends Div {

    PreviewPanel() {
        addClassName("upload-preview");
        setWidthFull();
    }

    void showIdle() {
        removeAll();
        var idle = new Paragraph(getTranslation("upload.idle"));
        idle.addClassName("upload-idle");
        add(idle);
    }

    /** Replaces what is shown by the preview; the caller adds what may be done with it. */
    void show(UploadPreview result) {
        removeAll();
        ReceivedFile received = result.file();
        var title = new H3(getTranslation("upload.preview.title", received.fileName()));
        var facts = new Span(getTranslation(
                "upload.preview.file",
                Formats.decimals(received.size() / 1024.0, 1, getLocale()),
                received.sha256().substring(0, 12)));
        facts.getElement().setAttribute("title", received.sha256());
        facts.addClassName("preview-file");
        add(title, facts);

        result.scenario().ifPresent(s -> add(settings(s)));
        ProjectionResult projection = result.projection();
        if (projection != null) {
            add(new H3(getTranslation("upload.preview.kpis")), kpis(projection));
        }
        if (!result.problems().isEmpty()) {
            add(problems(result));
        }
    }

    private Div settings(Scenario scenario) {
        ScenarioSettings s = scenario.settings();
        Locale locale = getLocale();
        var box = new Div();
        box.addClassName("preview-settings");
        box.add(fact("upload.preview.name", s.name(), "preview-name"));
        box.add(fact("upload.preview.city", s.city() == null ? "—" : s.city(), "preview-city"));
        box.add(fact("upload.preview.years", s.firstYear() + "–" + s.lastYear(), "preview-years"));
        box.add(fact("upload.preview.discountRate", Formats.percent(s.discountRate(), locale), "preview-discount"));
        box.add(fact(
                "upload.preview.householdSize", Formats.decimals(s.householdSize(), 2, locale), "preview-household"));
        box.add(fact("upload.preview.inMigrantShare", Formats.percent(s.inMigrantShare(), locale), "preview-migrants"));
        box.add(fact(
                "upload.preview.serviceCost", Formats.money(s.serviceCostPerResident(), locale), "preview-service"));
        box.add(fact("upload.preview.currency", s.currency(), "preview-currency"));
        box.add(fact(
                "upload.preview.industries",
                Formats.count(scenario.industries().size(), locale),
                "preview-industries"));
        box.add(fact(
                "upload.preview.incentives",
                Formats.count(scenario.incentives().size(), locale),
                "preview-incentives"));
        return box;
    }

    private Div fact(String labelKey, String value, String className) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value);
        text.addClassName("fact-value");
        var fact = new Div(label, text);
        fact.addClassNames("preview-fact", className);
        return fact;
    }

    private Grid<Kpi> kpis(ProjectionResult projection) {
        Locale locale = getLocale();
        var grid = new Grid<Kpi>();
        grid.addClassName("preview-kpis");
        grid.addColumn(kpi -> getTranslation(kpi.labelKey()))
                .setHeader(getTranslation("upload.kpi.name"))
                .setFlexGrow(2);
        grid.addColumn(kpi -> Formats.kpi(kpi.unit(), projection.kpi(kpi), locale))
                .setHeader(getTranslation("upload.kpi.value"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(Kpi.values());
        grid.setAllRowsVisible(true);
        grid.setWidth("40em");
        return grid;
    }

    private Div problems(UploadPreview result) {
        Locale locale = getLocale();
        var box = new Div();
        box.addClassName("preview-problems");
        box.add(new H3(getTranslation("upload.problems.title", result.errorCount(), result.warningCount())));
        List<ImportProblem> all = result.problems();
        var grid = ProblemGrid.of(all, locale, this::getTranslation);
        String problemsName = getTranslation("upload.problems.fileName");
        var download = Downloads.link(
                Downloads.excel(() -> problemsName, out -> WorkbookExporter.writeProblems(all, locale, out)),
                getTranslation("upload.problems.download"));
        download.addClassName("problems-download");
        box.add(grid, download);
        return box;
    }
}
