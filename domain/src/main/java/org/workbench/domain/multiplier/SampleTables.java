package org.workbench.domain.multiplier;

import java.util.ArrayList;
import java.util.List;

/**
 * An illustrative table for the demo: twelve sectors of a national economy shaped after the magnitudes of China's
 * published tables around 2020, with the employment of a city region of about five million jobs for regionalising.
 * Every figure is rounded and reasoned here, not copied: it is not official data and is labelled so.
 */
public final class SampleTables {
    private SampleTables() {}

    /** Code, name, output (1e8 yuan), national jobs, compensation (share of output), household purchases (1e8). */
    private record Row(
            String code,
            String name,
            double output,
            double jobs,
            double wageShare,
            double consumption,
            double regionalJobs) {}

    // Output: national gross output by sector, 1e8 yuan, about 2.6e14 yuan in all. Jobs: some 750 million employed,
    // most of them in farming, trade and the public and other services. Wage share: compensation of employees over
    // output, high in farming (mostly the farmers' own labour income) and services, low in manufacturing, whose
    // output is mostly bought-in inputs. Consumption: household purchases of domestic output, 300,000 in all, below
    // the 355,300 of compensation because households save a third of income and buy imports. Regional jobs: a city
    // region strong in electronics and machinery (their shares above the nation's, so their SLQ exceeds 1).
    private static final List<Row> ROWS = List.of(
            new Row("A01", "Agriculture", 137_000, 177_000_000, 0.50, 30_000, 800_000),
            new Row("B06", "Mining", 50_000, 4_000_000, 0.15, 0, 10_000),
            new Row("C13", "Food and drink", 110_000, 8_000_000, 0.08, 60_000, 150_000),
            new Row("C26", "Chemicals and materials", 200_000, 12_000_000, 0.07, 15_000, 150_000),
            new Row("C34", "Machinery and vehicles", 250_000, 25_000_000, 0.09, 12_000, 450_000),
            new Row("C39", "Electronics", 160_000, 15_000_000, 0.08, 18_000, 500_000),
            new Row("D44", "Power, gas and water", 90_000, 4_000_000, 0.08, 12_000, 40_000),
            new Row("E47", "Construction", 270_000, 55_000_000, 0.16, 0, 600_000),
            new Row("F51", "Trade", 150_000, 110_000_000, 0.25, 50_000, 800_000),
            new Row("G53", "Transport", 110_000, 40_000_000, 0.18, 15_000, 250_000),
            new Row("J66", "Finance", 130_000, 8_000_000, 0.20, 20_000, 80_000),
            new Row("O80", "Public and other services", 250_000, 290_000_000, 0.35, 68_000, 1_200_000));

    // Technical coefficients a_ij (row i sells to column j), per unit of the buyer's output. Column sums: farming
    // 0.42 (seed, feed and fertiliser), mining 0.48, the manufacturers 0.76 to 0.80 (materials dominate, and much of
    // what each buys comes from its own kind: 0.33 in chemicals, 0.40 in machinery, 0.50 in electronics components),
    // utilities 0.72 (coal from mining), construction 0.65 (materials and machinery), services 0.38 to 0.64.
    private static final double[][] A = {
        // A01   B06   C13   C26   C34   C39   D44   E47   F51   G53   J66   O80
        {0.14, 0.00, 0.38, 0.03, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.01}, // A01
        {0.00, 0.08, 0.01, 0.12, 0.02, 0.01, 0.30, 0.03, 0.00, 0.01, 0.00, 0.00}, // B06
        {0.05, 0.00, 0.15, 0.02, 0.00, 0.00, 0.00, 0.00, 0.02, 0.01, 0.00, 0.03}, // C13
        {0.12, 0.06, 0.05, 0.33, 0.10, 0.08, 0.03, 0.12, 0.03, 0.22, 0.01, 0.06}, // C26
        {0.02, 0.10, 0.01, 0.03, 0.40, 0.06, 0.05, 0.14, 0.03, 0.10, 0.01, 0.02}, // C34
        {0.00, 0.01, 0.00, 0.01, 0.08, 0.50, 0.02, 0.03, 0.03, 0.02, 0.03, 0.04}, // C39
        {0.01, 0.07, 0.02, 0.06, 0.03, 0.02, 0.20, 0.03, 0.03, 0.02, 0.01, 0.03}, // D44
        {0.00, 0.01, 0.00, 0.00, 0.00, 0.00, 0.01, 0.02, 0.01, 0.02, 0.01, 0.03}, // E47
        {0.03, 0.03, 0.07, 0.06, 0.06, 0.05, 0.02, 0.10, 0.05, 0.05, 0.02, 0.04}, // F51
        {0.02, 0.05, 0.03, 0.05, 0.03, 0.02, 0.03, 0.08, 0.08, 0.08, 0.02, 0.04}, // G53
        {0.02, 0.04, 0.02, 0.03, 0.03, 0.03, 0.04, 0.04, 0.07, 0.05, 0.16, 0.04}, // J66
        {0.01, 0.03, 0.02, 0.03, 0.03, 0.03, 0.02, 0.06, 0.07, 0.04, 0.11, 0.06}, // O80
    };

    /** The twelve-sector illustrative table, with regional employment (so regional multipliers are derived too). */
    public static InputOutputTable illustrativeRegional() {
        List<Sector> sectors = new ArrayList<>();
        for (Row r : ROWS) {
            sectors.add(new Sector(
                    r.code(),
                    r.name(),
                    r.output(),
                    r.jobs(),
                    r.wageShare() * r.output(),
                    r.consumption(),
                    r.regionalJobs()));
        }
        int n = ROWS.size();
        double[][] flows = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                flows[i][j] = A[i][j] * ROWS.get(j).output();
            }
        }
        return InputOutputTable.of(
                new SetLabel(
                        "Illustrative regional table",
                        2020,
                        "Illustrative, not official data: twelve sectors with magnitudes shaped after a national"
                                + " table around 2020 and a city region of about five million jobs",
                        SetLabel.DEFAULT_DELTA),
                sectors,
                flows);
    }
}
