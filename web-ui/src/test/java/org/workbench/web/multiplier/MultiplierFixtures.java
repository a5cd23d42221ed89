package org.workbench.web.multiplier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.workbench.domain.multiplier.InputOutputTable;
import org.workbench.domain.multiplier.MultiplierSet;
import org.workbench.domain.multiplier.Sector;
import org.workbench.domain.multiplier.SetLabel;
import org.workbench.importers.TableExporter;

/** Table workbooks for the web tests, written the way the app's own export writes them. */
public final class MultiplierFixtures {
    private MultiplierFixtures() {}

    /** A productive table of n sectors: each buys at most 60% of its output and pays at most 20% in wages. */
    public static InputOutputTable table(String name, int vintage, int n, boolean regional) {
        SplittableRandom random = new SplittableRandom(n * 31L + vintage);
        List<Sector> sectors = new ArrayList<>(n);
        double[] output = new double[n];
        for (int i = 0; i < n; i++) {
            output[i] = 1_000 + random.nextDouble() * 50_000;
            double jobs = 10 + random.nextInt(20_000);
            sectors.add(new Sector(
                    String.format(Locale.ROOT, "S%03d", i),
                    "Sector " + i,
                    output[i],
                    jobs,
                    output[i] * 0.2 * random.nextDouble(),
                    output[i] * 0.05 * random.nextDouble(),
                    regional ? jobs * 0.1 : null));
        }
        double[][] flows = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                flows[i][j] = random.nextInt(4) == 0 ? output[j] * 0.6 / n * random.nextDouble() : 0;
            }
        }
        return InputOutputTable.of(new SetLabel(name, vintage, "web test fixture", 0.3), sectors, flows);
    }

    public static byte[] workbook(InputOutputTable table) throws IOException {
        var bytes = new ByteArrayOutputStream();
        TableExporter.writeSet(MultiplierSet.derive(table), Locale.ENGLISH, bytes);
        return bytes.toByteArray();
    }

    /** The two-sector textbook table with a flow that makes sector S2 use more than it makes. */
    public static byte[] unproductive(String name) throws IOException {
        InputOutputTable table = InputOutputTable.of(
                new SetLabel(name, 2020, "web test fixture", 0.3),
                List.of(
                        new Sector("S1", "One", 1000, 100, 300, 200, null),
                        new Sector("S2", "Two", 2000, 400, 600, 400, null)),
                new double[][] {{150, 500}, {200, 100}});
        byte[] valid = workbook(table);
        // rewrite one flow in the workbook a person would have edited: S1 -> S2 = 1950 (column sum 1.025)
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(valid))) {
            wb.getSheet("Flows").getRow(1).getCell(2).setCellValue(1950);
            var out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Uploads more small sets than the service caches, so that the next page derives its set afresh. */
    public static void crowdOutCache(MultiplierService service) throws IOException {
        for (int k = 0; k <= DerivedSets.CAPACITY; k++) {
            String name = "Filler " + java.util.UUID.randomUUID();
            service.upload(new java.io.ByteArrayInputStream(workbook(table(name, 2000, 2, false))), "filler.xlsx");
        }
    }
}
