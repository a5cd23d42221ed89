package org.workbench.web.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.workbench.importers.ImportProblem;
import org.workbench.importers.ProblemFormatter;

/** The problems of an uploaded file, one row each, cell first, in the user's language (texts upload.problems.*). */
public final class ProblemGrid {
    private ProblemGrid() {}

    /** @param translate the view's getTranslation, for the headers and severities */
    public static Grid<ImportProblem> of(
            List<ImportProblem> problems, Locale locale, Function<String, String> translate) {
        var grid = new Grid<ImportProblem>();
        grid.addClassName("problem-grid");
        // Messages and expectations are sentences: shown whole, wrapped, never cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> translate.apply("severity." + p.severity().name()))
                .setHeader(translate.apply("upload.problems.severity"))
                .setAutoWidth(true)
                .setPartNameGenerator(p -> p.isError() ? "problem-error" : "problem-warning");
        grid.addColumn(ImportProblem::location)
                .setHeader(translate.apply("upload.problems.cell"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.header() == null ? "" : p.header())
                .setHeader(translate.apply("upload.problems.header"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.found() == null ? "" : p.found())
                .setHeader(translate.apply("upload.problems.found"))
                .setAutoWidth(true);
        grid.addColumn(p -> ProblemFormatter.message(p, locale))
                .setHeader(translate.apply("upload.problems.message"))
                .setTooltipGenerator(p -> ProblemFormatter.message(p, locale))
                .setFlexGrow(3);
        grid.addColumn(p -> {
                    String expected = ProblemFormatter.expected(p, locale);
                    return expected == null ? "" : expected;
                })
                .setHeader(translate.apply("upload.problems.expected"))
                .setFlexGrow(2);
        grid.setItems(problems);
        grid.setAllRowsVisible(problems.size() <= 12);
        grid.setWidthFull();
        return grid;
    }
}
