package org.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole scenario workbook: settings, the industries and the incentives, and for version 2 the ranges of uncertain
 * inputs and the actuals recorded after the deals, and where each input comes from. Each part has checked its own
 * values; this checks the rules across them (unique codes, known industries, years within the scenario's years,
 * ranges that enclose their values, sources of inputs that exist).
 *
 * @param ranges at most one per input; empty when every input is certain
 * @param actuals at most one per incentive and year; empty before any deal is monitored
 * @param sources at most one per input; they change no figure
 * @throws ScenarioInvalidException with every broken rule across the parts
 */
public record Scenario(
        ScenarioSettings settings,
        List<Industry> industries,
        List<Incentive> incentives,
        List<InputRange> ranges,
        List<Actual> actuals,
        List<InputSource> sources) {
    public Scenario {
        industries = List.copyOf(industries);
        incentives = List.copyOf(incentives);
        ranges = List.copyOf(ranges);
        actuals = List.copyOf(actuals);
        // Scenarios stored before sources existed have none in their JSON.
        sources = sources == null ? List.of() : List.copyOf(sources);
        List<DomainProblem> problems = new ArrayList<>(CrossRules.problems(
                ScenarioSettings.Draft.of(settings),
                industries.stream().map(Industry::code).toList(),
                incentives.stream().map(Incentive.Draft::of).toList()));
        if (problems.isEmpty()) {
            problems.addAll(ExtraRules.ranges(settings, industries, incentives, ranges));
            problems.addAll(ExtraRules.actuals(settings, incentives, actuals));
            problems.addAll(ExtraRules.sources(industries, incentives, sources));
        }
        Rules.throwIfAny(problems);
    }

    /** A version 1 scenario: no ranges, no actuals, no sources. */
    public Scenario(ScenarioSettings settings, List<Industry> industries, List<Incentive> incentives) {
        this(settings, industries, incentives, List.of(), List.of(), List.of());
    }

    /** A scenario whose inputs say nowhere where they come from. */
    public Scenario(
            ScenarioSettings settings,
            List<Industry> industries,
            List<Incentive> incentives,
            List<InputRange> ranges,
            List<Actual> actuals) {
        this(settings, industries, incentives, ranges, actuals, List.of());
    }

    /**
     * The same scenario under another name, e.g. a copy or a rename; everything else stays as it is.
     *
     * @throws ScenarioInvalidException when the name breaks a rule of {@link ScenarioSettings}
     */
    public Scenario withName(String name) {
        return new Scenario(settings.withName(name), industries, incentives, ranges, actuals, sources);
    }

    /** The same scenario with these ranges and actuals instead of its own; the sources stay. */
    public Scenario with(List<InputRange> newRanges, List<Actual> newActuals) {
        return new Scenario(settings, industries, incentives, newRanges, newActuals, sources);
    }

    /** The same scenario with these sources instead of its own. */
    public Scenario withSources(List<InputSource> newSources) {
        return new Scenario(settings, industries, incentives, ranges, actuals, newSources);
    }

    /**
     * The sources in the order a reader looks for them, whatever order they were added in: the settings, then the
     * industries and the incentives as the scenario lists them, each in field order.
     */
    public List<InputSource> sourcesInOrder() {
        java.util.Map<String, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < industries.size(); i++) {
            position.put(ItemKind.INDUSTRY + industries.get(i).code(), i);
        }
        for (int i = 0; i < incentives.size(); i++) {
            position.put(ItemKind.INCENTIVE + incentives.get(i).code(), i);
        }
        return sources.stream()
                .sorted(java.util.Comparator.comparing(InputSource::item)
                        .thenComparingInt(s -> position.getOrDefault(s.item() + s.code(), -1))
                        .thenComparingInt(s -> InputFields.indexOf(s.inputField())))
                .toList();
    }

    /** The value of the input a source is about (a String, Number or enum; null when empty). */
    public @Nullable Object valueOf(InputSource source) {
        int index = InputFields.indexOf(source.inputField());
        return switch (source.item()) {
            case SETTINGS -> ScenarioSettings.Draft.of(settings).values()[index];
            case INDUSTRY ->
                Industry.Draft.of(item(industries, Industry::code, source.code()))
                        .values()[index];
            case INCENTIVE ->
                Incentive.Draft.of(item(incentives, Incentive::code, source.code()))
                        .values()[index];
        };
    }

    private static <T> T item(List<T> items, java.util.function.Function<T, String> code, @Nullable String wanted) {
        return items.stream()
                .filter(i -> code.apply(i).equals(wanted))
                .findFirst()
                .orElseThrow();
    }

    /** The source of one input, if it has one. */
    public java.util.Optional<InputSource> sourceOf(ItemKind item, @Nullable String code, String field) {
        return sources.stream().filter(s -> s.isFor(item, code, field)).findFirst();
    }

    /** The same scenario with other settings, e.g. the draws and seed of a batch run. */
    public Scenario withSettings(ScenarioSettings newSettings) {
        return new Scenario(newSettings, industries, incentives, ranges, actuals, sources);
    }
}
