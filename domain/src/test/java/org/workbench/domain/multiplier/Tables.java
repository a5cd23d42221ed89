package org.workbench.domain.multiplier;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** Input-output tables for tests: the textbook one, and random productive ones from a seed. */
public final class Tables {
    private Tables() {}

    public static SetLabel label() {
        return new SetLabel("Test table", 2020, "made up for tests", SetLabel.DEFAULT_DELTA);
    }

    public static Sector sector(String code, double output, double jobs, double income, double consumption) {
        return new Sector(code, "Sector " + code, output, jobs, income, consumption, null);
    }

    /**
     * The two-sector textbook table: outputs 1000 and 2000 and flows chosen so that A = [[.15, .25], [.20, .05]];
     * final demand is then 1000 - 650 = 350 and 2000 - 300 = 1700.
     */
    public static InputOutputTable textbook(double jobs1, double jobs2) {
        return InputOutputTable.of(
                label(),
                List.of(sector("S1", 1000, jobs1, 300, 200), sector("S2", 2000, jobs2, 600, 400)),
                new double[][] {{150, 500}, {200, 100}});
    }

    /**
     * A random table that is productive with households closed in: each column spends at most 70% of its output on
     * intermediate inputs and at most 25% on labour, and households consume at most 90% of their income.
     */
    public static InputOutputTable random(long seed, int n, boolean regional) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] output = new double[n];
        for (int j = 0; j < n; j++) {
            output[j] = 100 + random.nextDouble() * 10_000;
        }
        double[][] flows = new double[n][n];
        for (int j = 0; j < n; j++) {
            double share = random.nextDouble() * 0.7;
            double[] weights = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                // a sparse table, as real ones are: most sectors buy from a few others
                weights[i] = random.nextDouble() < 0.3 ? random.nextDouble() : 0;
                total += weights[i];
            }
            for (int i = 0; i < n; i++) {
                flows[i][j] = total == 0 ? 0 : weights[i] / total * share * output[j];
            }
        }
        double[] income = new double[n];
        double totalIncome = 0;
        for (int j = 0; j < n; j++) {
            income[j] = random.nextDouble() * 0.25 * output[j];
            totalIncome += income[j];
        }
        double[] consumptionWeights = new double[n];
        double weightSum = 0;
        for (int i = 0; i < n; i++) {
            consumptionWeights[i] = random.nextDouble();
            weightSum += consumptionWeights[i];
        }
        double consumed = totalIncome * 0.9 * random.nextDouble();
        List<Sector> sectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double jobs = random.nextDouble() < 0.05 ? 0 : 1 + random.nextDouble() * 5_000;
            @Nullable Double regionalJobs = regional ? jobs * random.nextDouble() * 0.3 : null;
            sectors.add(new Sector(
                    "S" + i,
                    "Sector " + i,
                    output[i],
                    jobs,
                    income[i],
                    consumed * consumptionWeights[i] / weightSum,
                    regionalJobs));
        }
        return InputOutputTable.of(label(), sectors, flows);
    }
}
