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
import org.workbench.domain.ScenarioViews;
import org.workbench.importers.ImportProblem;
import org.workbench.importers.WorkbookExporter;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.base.ui.ProblemGrid;
import org.workbench.web.compare.RiskRow;
import org.workbench.web.upload.ReceivedFile;
import org.workbench.web.upload.UploadPreview;

/**
 * What a read workbook would become: the file, its settings and counts, its version 2 inputs, the sources of its
 * inputs, its key figures in every view (promised, expected, monitored) with a budget warning, and every problem.
 */
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
                Formats.fileSize(received.size(), getLocale()),
                received.sha256().substring(0, 12)));
        facts.getElement().setAttribute("title", received.sha256());
        facts.addClassName("preview-file");
        add(title, facts);

        result.scenario().ifPresent(s -> {
            add(settings(s), risk(s));
            if (!s.sources().isEmpty()) {
                add(new PreviewSources(s));
            }
        });
        ScenarioViews views = result.views();
        if (views != null) {
            String currency =
                    result.scenario().map(s -> s.settings().currency()).orElse("CNY");
            add(new H3(getTranslation("upload.preview.kpis")));
            budgetWarning(views.expected()).ifPresent(this::add);
            add(kpis(views, currency));
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
                "upload.preview.serviceCost",
                MoneyScale.format(s.serviceCostPerResident(), locale, s.currency()),
                "preview-service"));
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

    /** The version 2 inputs: the city's budget, how uncertain the scenario is, and the actuals recorded. */
    private Div risk(Scenario scenario) {
        ScenarioSettings s = scenario.settings();
        Locale locale = getLocale();
        var box = new Div();
        box.addClassNames("preview-settings", "preview-risk");
        box.add(fact(
                "upload.preview.budget",
                s.budgetRevenue() > 0 ? MoneyScale.format(s.budgetRevenue(), locale, s.currency()) : "—",
                "preview-budget"));
        box.add(fact("upload.preview.budgetGrowth", Formats.percent(s.budgetGrowth(), locale), "preview-growth"));
        long uncertain =
                scenario.incentives().stream().filter(i -> i.uncertain()).count();
        box.add(fact("upload.preview.uncertain", Formats.count(uncertain, locale), "preview-uncertain"));
        box.add(fact("upload.preview.ranges", Formats.count(scenario.ranges().size(), locale), "preview-ranges"));
        box.add(fact(
                "upload.preview.sources", Formats.count(scenario.sources().size(), locale), "preview-sources-count"));
        box.add(fact("upload.preview.actuals", Formats.count(scenario.actuals().size(), locale), "preview-actuals"));
        box.add(fact(
                "upload.preview.draws",
                getTranslation("upload.preview.drawsValue", Formats.count(s.draws(), locale), s.seed()),
                "preview-draws"));
        return box;
    }

    /** Amber or red when the incentives would take much of the city's budget in one year. */
    private java.util.Optional<Paragraph> budgetWarning(ProjectionResult expected) {
        var share = expected.kpi(Kpi.PEAK_OUTLAY_SHARE);
        if (share.isEmpty() || share.getAsDouble() <= RiskRow.AMBER_SHARE) {
            return java.util.Optional.empty();
        }
        boolean red = share.getAsDouble() > RiskRow.RED_SHARE;
        Locale locale = getLocale();
        var warning = new Paragraph(getTranslation(
                red ? "upload.preview.budget.RED" : "upload.preview.budget.AMBER",
                Formats.percent(share.getAsDouble(), locale),
                Formats.percent(RiskRow.AMBER_SHARE, locale),
                Formats.percent(RiskRow.RED_SHARE, locale)));
        warning.addClassNames("preview-budget-warning", red ? "red" : "amber");
        return java.util.Optional.of(warning);
    }

    /**
     * Every key figure; with uncertain incentives or actuals in every view (promised, expected, monitored), since
     * the gap between what is promised and what can be expected is what the planner has to see.
     */
    private Grid<Kpi> kpis(ScenarioViews views, String currency) {
        Locale locale = getLocale();
        var grid = new Grid<Kpi>();
        grid.addClassName("preview-kpis");
        grid.addColumn(kpi -> getTranslation(kpi.labelKey()))
                .setHeader(getTranslation("upload.kpi.name"))
                .setFlexGrow(2);
        boolean differ =
                views.expected() != views.promised() || views.monitored().isPresent();
        if (!differ) {
            column(grid, "upload.kpi.value", views.promised(), currency, locale);
        } else {
            column(grid, "upload.kpi.promised", views.promised(), currency, locale);
            column(grid, "upload.kpi.expected", views.expected(), currency, locale);
            views.monitored().ifPresent(m -> column(grid, "upload.kpi.monitored", m, currency, locale));
        }
        grid.setItems(Kpi.values());
        grid.setAllRowsVisible(true);
        grid.setWidth(differ ? "56em" : "40em");
        return grid;
    }

    private void column(Grid<Kpi> grid, String headerKey, ProjectionResult result, String currency, Locale locale) {
        grid.addColumn(kpi -> switch (kpi.unit()) {
                    case MONEY, MONEY_PER_JOB ->
                        Formats.orDash(result.kpi(kpi), v -> MoneyScale.format(v, locale, currency));
                    default -> Formats.kpi(kpi.unit(), result.kpi(kpi), locale);
                })
                .setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END);
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
