package org.workbench.importers;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Kpi;
import org.workbench.domain.NamedResult;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;

/**
 * Writes the format's workbooks with POI's streaming writer (SXSSF): a scenario (with its results), a
 * comparison, the blank template, and a list of import problems. Headers and texts follow the locale (English,
 * or Simplified Chinese for any "zh" locale). What {@link WorkbookImporter} reads back from a scenario workbook
 * equals the scenario written.
 */
public final class WorkbookExporter {
    static final String FORMAT_VERSION = "2";
    /** Rows of the template that carry the drop-down lists. */
    static final int TEMPLATE_ROWS = 1000;
    /** Lines of the template's instructions sheet (template.line1 ...). */
    static final int TEMPLATE_LINES = 10;

    private WorkbookExporter() {}

    /**
     * The input sheets, then (when {@code result} is given) Results and KPIs of that one projection (Key, Value),
     * then README: for a caller that has only the promised view. {@link #writeReport} writes every view.
     *
     * @param result the scenario's projection, or null for a workbook of inputs only
     */
    public static void writeScenario(
            Scenario scenario, @Nullable ProjectionResult result, Locale locale, OutputStream out) throws IOException {
        try (XlsxWriter w = new XlsxWriter(locale)) {
            inputs(w, scenario);
            w.currency(scenario.settings().currency());
            if (result != null) {
                ResultSheets.results(w, SheetRole.RESULTS, result);
                ResultSheets.kpis(w, SheetRole.KPIS.title(locale), result);
            }
            List<String> lines = readmeStart(w, scenario);
            lines.add(
                    result == null
                            ? w.text("export.readme.noResults")
                            : w.text("export.readme.results", result.modelVersion()));
            writeReadme(w, lines);
            w.write(out);
        }
    }

    /**
     * A version 2 results workbook: the input sheets; Results, Results (expected) and, when the scenario has
     * actuals, Results (monitored); KPIs with every view and the Monte Carlo's statistics; Risk; Fan; README.
     */
    public static void writeReport(Scenario scenario, ScenarioReport report, Locale locale, OutputStream out)
            throws IOException {
        try (XlsxWriter w = new XlsxWriter(locale)) {
            inputs(w, scenario);
            w.currency(scenario.settings().currency());
            ResultSheets.results(w, SheetRole.RESULTS, report.views().promised());
            ResultSheets.results(w, SheetRole.RESULTS_EXPECTED, report.views().expected());
            report.views().monitored().ifPresent(m -> ResultSheets.results(w, SheetRole.RESULTS_MONITORED, m));
            ResultSheets.kpis(w, report);
            ResultSheets.risk(w, report);
            ResultSheets.fan(w, report);
            List<String> lines = readmeStart(w, scenario);
            lines.add(w.text("export.readme.results", report.views().promised().modelVersion()));
            lines.add(w.text("export.readme.views"));
            lines.add(w.text(
                    "export.readme.risk",
                    report.monteCarlo().draws(),
                    report.monteCarlo().seed()));
            writeReadme(w, lines);
            w.write(out);
        }
    }

    private static void inputs(XlsxWriter w, Scenario scenario) {
        InputSheets.settings(w, scenario.settings());
        InputSheets.industries(w, scenario.industries());
        InputSheets.incentives(w, scenario.incentives());
        InputSheets.ranges(w, scenario.ranges());
        InputSheets.actuals(w, scenario.actuals());
        if (!scenario.sources().isEmpty()) {
            InputSheets.sources(w, scenario.sourcesInOrder());
        }
    }

    private static List<String> readmeStart(XlsxWriter w, Scenario scenario) {
        List<String> lines = new ArrayList<>();
        lines.add(w.text("export.readme.title"));
        lines.add(w.text("export.readme.scenario", scenario.settings().name()));
        lines.add(w.text("export.readme.format", FORMAT_VERSION));
        return lines;
    }

    /** A Comparison sheet: a row per key figure, a column per scenario, a difference column per other scenario. */
    public static void writeComparison(ComparisonExport comparison, Locale locale, OutputStream out)
            throws IOException {
        writeComparison(comparison, false, locale, out);
    }

    /**
     * The Comparison sheet, then, when {@code kpiSheetPerScenario}, one sheet of Key/Value rows per scenario (named
     * after the KPIs sheet and the scenario, see {@link #kpiSheetNames}), then README, which says which sheet holds
     * which scenario.
     */
    public static void writeComparison(
            ComparisonExport comparison, boolean kpiSheetPerScenario, Locale locale, OutputStream out)
            throws IOException {
        try (XlsxWriter w = new XlsxWriter(locale)) {
            List<NamedResult> columns = comparison.scenarios();
            NamedResult base = comparison.base();
            int[] widths = new int[1 + 2 * columns.size()];
            Arrays.fill(widths, 22);
            SXSSFSheet sheet = w.sheet(SheetRole.COMPARISON.title(locale), widths);
            List<String> titles = new ArrayList<>();
            titles.add(w.text("export.comparison.key"));
            columns.forEach(c -> titles.add(c.name()));
            for (int i = 0; i < columns.size(); i++) {
                if (i != comparison.baseIndex()) {
                    titles.add(w.text("export.comparison.delta", columns.get(i).name(), base.name()));
                }
            }
            w.headerRow(sheet, 0, titles);
            int r = 1;
            for (Kpi kpi : Kpi.values()) {
                Row row = sheet.createRow(r++);
                w.text(row, 0, kpi.key());
                int col = 1;
                for (NamedResult c : columns) {
                    ResultSheets.kpiCell(w, row, col++, kpi, c.result().kpi(kpi));
                }
                OptionalDouble baseValue = base.result().kpi(kpi);
                for (int i = 0; i < columns.size(); i++) {
                    if (i == comparison.baseIndex()) {
                        continue;
                    }
                    OptionalDouble value = columns.get(i).result().kpi(kpi);
                    if (value.isPresent() && baseValue.isPresent()) {
                        w.number(row, col, value.getAsDouble() - baseValue.getAsDouble(), null);
                    }
                    col++;
                }
            }
            for (ComparisonExport.ExtraRow extra : comparison.extraRows()) {
                Row row = sheet.createRow(r++);
                w.text(row, 0, extra.key());
                CellStyle style = extra.percent() ? w.percent : w.decimal;
                int col = 1;
                for (OptionalDouble value : extra.values()) {
                    if (value.isPresent()) {
                        w.number(row, col, value.getAsDouble(), style);
                    }
                    col++;
                }
                OptionalDouble baseValue = extra.values().get(comparison.baseIndex());
                for (int i = 0; i < columns.size(); i++) {
                    if (i == comparison.baseIndex()) {
                        continue;
                    }
                    OptionalDouble value = extra.values().get(i);
                    if (value.isPresent() && baseValue.isPresent()) {
                        w.number(row, col, value.getAsDouble() - baseValue.getAsDouble(), style);
                    }
                    col++;
                }
            }
            List<String> readme = new ArrayList<>(List.of(
                    w.text("export.readme.title"),
                    w.text("export.comparison.base", base.name()),
                    w.text("export.readme.comparison", base.result().modelVersion())));
            readme.addAll(comparison.notes());
            if (kpiSheetPerScenario) {
                List<String> names = kpiSheetNames(columns, locale);
                for (int i = 0; i < columns.size(); i++) {
                    ResultSheets.kpis(w, names.get(i), columns.get(i).result());
                    readme.add(w.text(
                            "export.readme.kpiSheet",
                            names.get(i),
                            columns.get(i).name()));
                }
            }
            writeReadme(w, readme);
            w.write(out);
        }
    }

    /**
     * Headers only, an instructions sheet, and drop-down lists for Type and Industry, and for the Sheet and Field of
     * Ranges and Sources. The instructions end with every field's header, which Sources' Field list points at.
     */
    public static void writeTemplate(Locale locale, OutputStream out) throws IOException {
        try (XlsxWriter w = new XlsxWriter(locale)) {
            InputSheets.settings(w, null);
            InputSheets.industries(w, List.of());
            InputSheets.dropDowns(w, InputSheets.incentives(w, List.of()), TEMPLATE_ROWS);
            InputSheets.rangeDropDowns(w, InputSheets.ranges(w, List.of()), TEMPLATE_ROWS);
            InputSheets.actualDropDowns(w, InputSheets.actuals(w, List.of()), TEMPLATE_ROWS);
            SXSSFSheet sources = InputSheets.sources(w, List.of());

            List<String> lines = new ArrayList<>();
            for (int i = 1; i <= TEMPLATE_LINES; i++) {
                lines.add(w.text("template.line" + i));
            }
            lines.add("");
            lines.add(w.text("template.types"));
            for (IncentiveType type : IncentiveType.values()) {
                lines.add(w.text(
                        "template.type",
                        type.name(),
                        IncentiveTypes.uiName(type, w.locale),
                        IncentiveTypes.amountMeaning(type, w.locale)));
            }
            lines.add("");
            lines.add(w.text("template.fields"));
            List<String> fields = InputSheets.fieldTitles(locale);
            String readme = "'" + SheetRole.README.title(locale) + "'!$A$";
            String fieldList = readme + (lines.size() + 1) + ":$A$" + (lines.size() + fields.size());
            lines.addAll(fields);
            InputSheets.sourceDropDowns(w, sources, TEMPLATE_ROWS, fieldList);
            writeReadme(w, lines);
            w.workbook.setActiveSheet(0);
            w.write(out);
        }
    }

    /** The problems of an upload as a workbook the user can download, sort and filter. */
    public static void writeProblems(List<ImportProblem> problems, Locale locale, OutputStream out) throws IOException {
        try (XlsxWriter w = new XlsxWriter(locale)) {
            SXSSFSheet sheet = w.sheet(w.text("export.sheet.problems"), 10, 24, 14, 10, 22, 24, 40, 60);
            w.headerRow(
                    sheet,
                    0,
                    List.of(
                            w.text("problems.severity"),
                            w.text("problems.file"),
                            w.text("problems.sheet"),
                            w.text("problems.cell"),
                            w.text("problems.column"),
                            w.text("problems.found"),
                            w.text("problems.expected"),
                            w.text("problems.message")));
            int r = 1;
            for (ImportProblem p : problems) {
                Row row = sheet.createRow(r++);
                w.text(row, 0, ProblemFormatter.text("severity." + p.severity().name(), locale));
                w.text(row, 1, p.fileName());
                w.text(row, 2, p.sheet());
                w.text(row, 3, p.cell());
                w.text(row, 4, p.header());
                w.text(row, 5, p.found());
                w.text(row, 6, ProblemFormatter.expected(p, locale));
                w.text(row, 7, ProblemFormatter.message(p, locale));
            }
            if (r > 1) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, 7));
            }
            w.write(out);
        }
    }

    /** Excel's longest sheet name. */
    static final int MAX_SHEET_NAME = 31;

    /**
     * One sheet name per scenario, "KPIs " (or "关键指标 ") and the scenario's name: characters a sheet name cannot
     * hold ([ ] : * ? / \) become "_", it is cut to 31 characters (between words where it can, never inside a
     * surrogate pair) and it never starts or ends with an apostrophe. A name left empty becomes the scenario's
     * number; a name already taken (as Excel compares them, ignoring case), by another scenario or by the Comparison
     * or README sheet, gets " (2)", " (3)", ... within the 31 characters.
     */
    static List<String> kpiSheetNames(List<NamedResult> scenarios, Locale locale) {
        Set<String> taken = new HashSet<>();
        taken.add(SheetRole.COMPARISON.title(locale).toLowerCase(Locale.ROOT));
        taken.add(SheetRole.README.title(locale).toLowerCase(Locale.ROOT));
        String prefix = SheetRole.KPIS.title(locale) + " ";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            String own = safeSheetText(scenarios.get(i).name());
            String full = prefix + (own.isEmpty() ? String.valueOf(i + 1) : own);
            String base = cutAtWord(full, MAX_SHEET_NAME, prefix.length());
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                name = cutAtWord(full, MAX_SHEET_NAME - suffix.length(), prefix.length()) + suffix;
            }
            names.add(name);
        }
        return names;
    }

    private static String safeSheetText(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean forbidden = c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\';
            safe.append(forbidden || Character.isISOControl(c) ? '_' : c);
        }
        return stripApostrophes(safe.toString().strip());
    }

    /**
     * At most {@code max} chars, cut at the last space that leaves more than the first {@code keep} chars (the
     * sheet's prefix), so that no word is cut in half; a name that is one long word (or Chinese, without spaces)
     * is cut where it must be.
     */
    private static String cutAtWord(String text, int max, int keep) {
        if (text.length() <= max) {
            return cut(text, max);
        }
        for (int i = max; i > keep; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                String cut = cut(text.substring(0, i), max);
                if (cut.length() > keep) {
                    return cut;
                }
            }
        }
        return cut(text, max);
    }

    /** At most {@code max} chars, not ending in half a surrogate pair, an apostrophe or a space. */
    private static String cut(String text, int max) {
        String cut = text;
        if (cut.length() > max) {
            int end = Character.isHighSurrogate(cut.charAt(max - 1)) ? max - 1 : max;
            cut = cut.substring(0, end);
        }
        return stripApostrophes(cut.strip());
    }

    private static String stripApostrophes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '\'') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '\'') {
            end--;
        }
        return text.substring(start, end).strip();
    }

    private static void writeReadme(XlsxWriter w, List<String> lines) {
        SXSSFSheet sheet = w.sheet(SheetRole.README.title(w.locale), 120);
        int r = 0;
        for (String line : lines) {
            w.text(sheet.createRow(r++), 0, line);
        }
    }
}
