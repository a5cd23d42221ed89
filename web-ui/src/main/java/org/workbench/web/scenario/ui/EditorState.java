package org.workbench.web.scenario.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Actual;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.InputRange;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioValidator;

/**
 * What the editor holds: the inputs as typed, each with its low and high where it has a range and its source where
 * one is given, checked by the domain as a whole, and the actuals recorded after the deals, row by row as the Actuals
 * tab shows them. A source's text is checked as it is typed, so a row only ever holds sources the domain accepts.
 */
class EditorState {
    /** The message for a range with only one of its two ends typed. */
    static final String HALF_RANGE = "scenario.range.half";

    final FieldRow settings;
    final List<FieldRow> industries;
    final List<FieldRow> incentives;
    final List<ActualRow> actuals;

    EditorState(Scenario scenario) {
        settings = FieldRow.of(scenario.settings());
        industries =
                new ArrayList<>(scenario.industries().stream().map(FieldRow::of).toList());
        incentives =
                new ArrayList<>(scenario.incentives().stream().map(FieldRow::of).toList());
        actuals = new ArrayList<>(scenario.actuals().stream().map(ActualRow::of).toList());
        for (InputRange range : scenario.ranges()) {
            FieldRow row = row(range.item(), range.code());
            if (row != null) {
                row.setRange(range);
            }
        }
        for (InputSource source : scenario.sources()) {
            FieldRow row = row(source.item(), source.code());
            if (row != null) {
                row.setSource(source.field(), source.text());
            }
        }
    }

    /**
     * A problem of a range: the row and field whose low and high it is about.
     *
     * @param index the row's position in its list (-1 for the settings)
     */
    record RangeProblem(ItemKind kind, int index, String field, DomainProblem problem) {}

    /** Where a range was typed. */
    private record Origin(ItemKind kind, int index, String field) {}

    /** Every problem, of the values first and of the ranges and actuals once the values make a valid scenario. */
    record Checked(List<DomainProblem> values, List<RangeProblem> ranges, List<DomainProblem> actuals) {
        boolean valid() {
            return values.isEmpty() && ranges.isEmpty() && actuals.isEmpty();
        }

        int count(ItemKind kind) {
            return (int) (values.stream().filter(p -> p.kind() == kind).count()
                    + ranges.stream().filter(p -> p.kind() == kind).count());
        }
    }

    /** Every problem of the inputs as they stand; valid when they make a scenario. */
    Checked check() {
        List<DomainProblem> values = ScenarioValidator.validate(
                settings.toSettingsDraft(),
                industries.stream().map(FieldRow::toIndustryDraft).toList(),
                incentives.stream().map(FieldRow::toIncentiveDraft).toList());
        var rangeProblems = new ArrayList<RangeProblem>();
        var ranges = new ArrayList<InputRange>();
        var at = new ArrayList<Origin>(); // where each range in `ranges` came from
        collectRanges(ItemKind.SETTINGS, List.of(settings), rangeProblems, ranges, at);
        collectRanges(ItemKind.INDUSTRY, industries, rangeProblems, ranges, at);
        collectRanges(ItemKind.INCENTIVE, incentives, rangeProblems, ranges, at);
        var recorded = new ArrayList<Actual>();
        var recordedAt = new ArrayList<Integer>(); // the row each of `recorded` came from
        List<DomainProblem> actualProblems = ActualRows.check(actuals, recorded, recordedAt);
        if (!values.isEmpty()) {
            return new Checked(values, rangeProblems, actualProblems);
        }
        Scenario plain = plainScenario();
        for (DomainProblem p :
                ScenarioValidator.validateRanges(plain.settings(), plain.industries(), plain.incentives(), ranges)) {
            Origin source = p.index() >= 0 && p.index() < at.size() ? at.get(p.index()) : null;
            if (source != null) {
                rangeProblems.add(new RangeProblem(source.kind(), source.index(), source.field(), p));
            }
        }
        for (DomainProblem p : ScenarioValidator.validateActuals(plain.settings(), plain.incentives(), recorded)) {
            actualProblems.add(ActualRows.at(p, recordedAt.get(p.index())));
        }
        return new Checked(values, rangeProblems, actualProblems);
    }

    /** The scenario with its ranges and actuals; only call when {@link #check()} is valid. */
    Scenario toScenario() {
        var ranges = new ArrayList<InputRange>();
        collectRanges(ItemKind.SETTINGS, List.of(settings), new ArrayList<>(), ranges, new ArrayList<>());
        collectRanges(ItemKind.INDUSTRY, industries, new ArrayList<>(), ranges, new ArrayList<>());
        collectRanges(ItemKind.INCENTIVE, incentives, new ArrayList<>(), ranges, new ArrayList<>());
        var sources = new ArrayList<InputSource>(settings.sources(null));
        industries.forEach(row -> sources.addAll(row.sources(row.text("code"))));
        incentives.forEach(row -> sources.addAll(row.sources(row.text("code"))));
        return plainScenario().with(ranges, ActualRows.actuals(actuals)).withSources(sources);
    }

    private Scenario plainScenario() {
        return ScenarioValidator.toScenario(
                settings.toSettingsDraft(),
                industries.stream().map(FieldRow::toIndustryDraft).toList(),
                incentives.stream().map(FieldRow::toIncentiveDraft).toList());
    }

    // The ranges typed in full, in the domain's order (settings, industries, incentives; fields in column order); a
    // range with one end only, or ends the wrong way round, is a problem of its own.
    private static void collectRanges(
            ItemKind kind,
            List<FieldRow> rows,
            List<RangeProblem> problems,
            List<InputRange> ranges,
            List<Origin> origins) {
        for (int i = 0; i < rows.size(); i++) {
            FieldRow row = rows.get(i);
            int index = kind == ItemKind.SETTINGS ? -1 : i;
            String code = kind == ItemKind.SETTINGS ? null : row.text("code");
            for (InputField field : InputFields.of(kind)) {
                if (!field.rangeable() || !row.hasRange(field.key())) {
                    continue;
                }
                Double low = row.low(field.key());
                Double high = row.high(field.key());
                if (low == null || high == null) {
                    problems.add(new RangeProblem(
                            kind,
                            index,
                            field.key(),
                            new DomainProblem(HALF_RANGE, List.of(), code, field.key(), kind, index)));
                    continue;
                }
                List<DomainProblem> own = InputRange.problems(kind, code, field.key(), low, high);
                if (!own.isEmpty()) {
                    own.forEach(p -> problems.add(new RangeProblem(kind, index, field.key(), p)));
                    continue;
                }
                ranges.add(new InputRange(kind, code, field.key(), low, high));
                origins.add(new Origin(kind, index, field.key()));
            }
        }
    }

    private @Nullable FieldRow row(ItemKind kind, @Nullable String code) {
        return switch (kind) {
            case SETTINGS -> settings;
            case INDUSTRY -> byCode(industries, code);
            case INCENTIVE -> byCode(incentives, code);
        };
    }

    private static @Nullable FieldRow byCode(List<FieldRow> rows, @Nullable String code) {
        return rows.stream()
                .filter(r -> code != null && code.equals(r.text("code")))
                .findFirst()
                .orElse(null);
    }

    List<String> industryCodes() {
        return codes(industries).stream()
                .filter(code -> code != null && !code.isBlank())
                .distinct()
                .toList();
    }

    static List<@Nullable String> codes(List<FieldRow> rows) {
        return rows.stream().map(row -> row.text("code")).toList();
    }

    /** A code like {@code prefix3} that no row uses yet. */
    static String freeCode(String prefix, List<@Nullable String> used) {
        Set<String> taken = used.stream().filter(c -> c != null).collect(Collectors.toSet());
        int n = used.size() + 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}
