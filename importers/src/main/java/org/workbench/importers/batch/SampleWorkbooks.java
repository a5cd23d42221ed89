package org.workbench.importers.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Actual;
import org.workbench.domain.Bounds;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.InputRange;
import org.workbench.domain.ItemKind;
import org.workbench.domain.SampleScenario;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;
import org.workbench.importers.WorkbookExporter;

/**
 * {@code java -cp scenario-batch.jar org.workbench.importers.batch.SampleWorkbooks DIR}: writes each sample scenario
 * (the version 1 form of the illustrative ones, then every version 2 sample), and a variant of each version 2 sample
 * with other success probabilities, recoveries, clawbacks, ranges, actuals and budget, as input workbooks in English ({@code NAME-en.xlsx}) and Chinese ({@code NAME-zh.xlsx}), for checking the batch command's
 * results against an independent reading of the model (scripts/spec-check).
 */
public final class SampleWorkbooks {
    private SampleWorkbooks() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        if (args.length != 1) {
            System.err.println("usage: SampleWorkbooks DIR");
            System.exit(1);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        for (SampleScenario sample : SampleScenarios.versionOne()) {
            write(dir, sample.id() + "-v1", sample.scenario());
        }
        long seed = 1;
        for (SampleScenario sample : SampleScenarios.all()) {
            write(dir, sample.id(), sample.scenario());
            write(dir, sample.id() + "-risky", risky(sample.scenario(), new Random(seed++)));
        }
    }

    private static void write(Path dir, String name, Scenario scenario) throws IOException {
        for (String language : List.of("en", "zh")) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(name + "-" + language + ".xlsx"))) {
                WorkbookExporter.writeScenario(scenario, null, Locale.forLanguageTag(language), out);
            }
        }
    }

    /**
     * The scenario with version 2 inputs drawn from {@code random}: a budget when it has none, success probabilities
     * below 1 with failure years on two of three incentives, recovery multiples (EQUITY) or clawback shares (the
     * other types), a range on about a third of the rangeable inputs (within each field's rule, around its value),
     * and three years of actuals on about half the incentives. The sources of the inputs stay.
     */
    public static Scenario risky(Scenario plain, Random random) {
        ScenarioSettings s = plain.settings();
        ScenarioSettings settings = s.withRisk(
                s.budgetRevenue() > 0 ? s.budgetRevenue() : Math.round(random.nextDouble() * 1e11),
                -0.5 + random.nextDouble() * 1.5,
                random.nextDouble(),
                100 + random.nextInt(900),
                random.nextInt(),
                random.nextDouble());
        List<Incentive> incentives = new ArrayList<>();
        for (Incentive i : plain.incentives()) {
            if (random.nextInt(3) == 0) {
                incentives.add(i);
                continue;
            }
            int failure = i.startYear() + random.nextInt(settings.lastYear() - i.startYear() + 1);
            boolean equity = i.type() == IncentiveType.EQUITY;
            incentives.add(i.withRisk(
                    random.nextDouble(),
                    failure,
                    equity ? random.nextDouble() * 2 : 0,
                    equity ? 0 : random.nextDouble()));
        }
        // the items keep their codes, so the sample's sources stay true of the variant
        Scenario risky = new Scenario(settings, plain.industries(), incentives, List.of(), List.of(), plain.sources());
        List<InputRange> ranges = new ArrayList<>();
        addRanges(
                random,
                ranges,
                ItemKind.SETTINGS,
                null,
                ScenarioSettings.Draft.of(settings).values(),
                null);
        for (Industry industry : risky.industries()) {
            addRanges(
                    random,
                    ranges,
                    ItemKind.INDUSTRY,
                    industry.code(),
                    Industry.Draft.of(industry).values(),
                    null);
        }
        for (Incentive incentive : risky.incentives()) {
            addRanges(
                    random,
                    ranges,
                    ItemKind.INCENTIVE,
                    incentive.code(),
                    Incentive.Draft.of(incentive).values(),
                    incentive.type());
        }
        List<Actual> actuals = new ArrayList<>();
        for (Incentive incentive : risky.incentives()) {
            if (random.nextBoolean()) {
                continue;
            }
            int last = Math.min(settings.lastYear(), incentive.startYear() + 2);
            for (int year = incentive.startYear(); year <= last; year++) {
                actuals.add(new Actual(
                        incentive.code(),
                        year,
                        random.nextDouble() * incentive.committedJobs(),
                        random.nextBoolean() ? null : random.nextDouble() * 1e8,
                        random.nextInt(4) == 0 ? random.nextDouble() * 1e7 : null));
            }
        }
        return risky.with(ranges, actuals);
    }

    private static void addRanges(
            Random random,
            List<InputRange> ranges,
            ItemKind item,
            @Nullable String code,
            @Nullable Object[] values,
            @Nullable IncentiveType type) {
        for (InputField field : InputFields.of(item)) {
            if (!field.rangeable() || !field.appliesTo(type) || random.nextInt(3) != 0) {
                continue;
            }
            double value = ((Number) values[InputFields.indexOf(field)]).doubleValue();
            Bounds b = field.bounds(type);
            double min = Double.isInfinite(b.min()) ? value - 1 : b.min();
            double max = Double.isInfinite(b.max()) ? value * 2 + 1 : b.max();
            double low = value - (value - min) * random.nextDouble() * 0.9;
            double high = value + (max - value) * random.nextDouble() * 0.9;
            ranges.add(new InputRange(item, code, field.key(), Math.min(low, value), Math.max(high, value)));
        }
    }
}
