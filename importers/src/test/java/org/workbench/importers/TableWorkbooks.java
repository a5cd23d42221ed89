package org.workbench.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.workbench.domain.multiplier.InputOutputTable;
import org.workbench.domain.multiplier.Sector;
import org.workbench.domain.multiplier.SetLabel;

/** Input-output table workbooks for tests. */
final class TableWorkbooks {
    private TableWorkbooks() {}

    /** The two-sector textbook table (A = [[.15, .25], [.20, .05]]) as a person would type it. */
    static TestWorkbook textbook() {
        TestWorkbook book = new TestWorkbook();
        book.sheet(
                "Set",
                TestWorkbook.rows(
                        List.of("Field", "Value"),
                        List.of("Name", "Textbook"),
                        List.of("Vintage", 2020),
                        List.of("Source", "two-sector example")));
        book.sheet(
                "Sectors",
                TestWorkbook.rows(
                        List.of("Code", "Name", "Output", "Employment", "Household income", "Household consumption"),
                        List.of("S1", "Farming", 1000, 100, 300, 200),
                        List.of("S2", "Making", "2,000", 400, 600, 400)));
        book.sheet(
                "Flows",
                TestWorkbook.rows(List.of("Code", "S1", "S2"), List.of("S1", 150, 500), List.of("S2", 200, 100)));
        return book;
    }

    /** A random productive table with regional employment, for round trips. */
    static InputOutputTable random(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Sector> sectors = new ArrayList<>();
        double[] output = new double[n];
        for (int i = 0; i < n; i++) {
            output[i] = 100 + random.nextDouble() * 1e6;
            double jobs = random.nextInt(10_000);
            sectors.add(new Sector(
                    i == 1 ? "=SUM(A1)" : "C" + i,
                    "Sector " + i + (i == 2 ? " 中文" : ""),
                    output[i],
                    jobs,
                    output[i] * 0.2 * random.nextDouble(),
                    output[i] * 0.1 * random.nextDouble(),
                    jobs * random.nextDouble()));
        }
        double[][] flows = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                flows[i][j] = random.nextDouble() < 0.4 ? 0 : output[j] * 0.6 / n * random.nextDouble();
            }
        }
        return InputOutputTable.of(new SetLabel("Random " + seed, 2018, "random, seeded", 0.25), sectors, flows);
    }
}
