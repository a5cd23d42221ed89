package org.workbench.importers;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.workbench.domain.Scenario;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The import benchmark (not a test; see importers/BENCHMARK.md and importers/bench.sh). Modes:
 *
 * <ul>
 *   <li>{@code generate DIR}: writes bench-50k.xlsx (50,000 incentives) and bench-1m.xlsx (1,048,575 incentive rows)
 *   <li>{@code import FILE}: our import once, with its time and peak heap (run it under -Xmx256m / -Xmx512m)
 *   <li>{@code compare FILE}: our import, a bare SAX pass over the same sheets, and XSSFWorkbook loading the file,
 *       run round-robin in one JVM: 2 warm-up rounds, then 7 rounds; medians, the ratios, and the load average
 *       (run it under -Xmx4g, which XSSFWorkbook needs)
 * </ul>
 */
public final class ImportBenchmark {
    private static final int WARMUPS = 2;
    private static final int RUNS = 7;

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]));
            case "import" -> importOnce(Path.of(args[1]));
            case "compare" -> compare(Path.of(args[1]));
            default -> throw new IllegalArgumentException("mode: generate | import | compare");
        }
    }

    private static void generate(Path dir) throws Exception {
        Files.createDirectories(dir);
        Scenario scenario = new ScenarioGenerator(2026).scenario(50, 50_000);
        Path small = dir.resolve("bench-50k.xlsx");
        try (OutputStream out = Files.newOutputStream(small)) {
            WorkbookExporter.writeScenario(scenario, null, Locale.ENGLISH, out);
        }
        System.out.printf("wrote %s (%.1f MB)%n", small, Files.size(small) / 1e6);
        Path big = dir.resolve("bench-1m.xlsx");
        Zips.replaceStreamed(small, big, "xl/worksheets/sheet3.xml", ImportBenchmark::millionRows);
        System.out.printf("wrote %s (%.1f MB)%n", big, Files.size(big) / 1e6);
    }

    /** An Incentives sheet filling every row Excel has: a header and 1,048,575 incentives. */
    private static void millionRows(OutputStream out) throws java.io.IOException {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        String[] header = {
            "Code",
            "Name",
            "Type",
            "Industry",
            "Start year",
            "Duration",
            "Committed jobs",
            "Ramp years",
            "But-for share",
            "Amount"
        };
        w.write("<row r=\"1\">");
        for (int i = 0; i < header.length; i++) {
            w.write("<c r=\"" + CellRefs.cell(i, 1) + "\" t=\"inlineStr\"><is><t>" + header[i] + "</t></is></c>");
        }
        w.write("</row>");
        for (int r = 2; r <= 1_048_576; r++) {
            w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>M" + r + "</t></is></c>"
                    + "<c r=\"B" + r + "\" t=\"inlineStr\"><is><t>grant " + r + "</t></is></c>"
                    + "<c r=\"C" + r + "\" t=\"inlineStr\"><is><t>RD_GRANT</t></is></c>"
                    + "<c r=\"D" + r + "\" t=\"inlineStr\"><is><t>I0</t></is></c>"
                    + "<c r=\"E" + r + "\"><v>2001</v></c><c r=\"F" + r + "\"><v>3</v></c><c r=\"G" + r + "\"><v>"
                    + (r % 500) + "</v></c><c r=\"H" + r + "\"><v>2</v></c><c r=\"I" + r + "\"><v>0.25</v></c>"
                    + "<c r=\"J" + r + "\"><v>" + (r * 37 % 100_000) + "</v></c></row>");
        }
        w.write("</sheetData></worksheet>");
        w.flush();
    }

    private static void importOnce(Path file) throws Exception {
        resetPeaks();
        long start = System.nanoTime();
        ImportResult result = WorkbookImporter.read(file, file.getFileName().toString(), ImportOptions.defaults());
        long nanos = System.nanoTime() - start;
        String outcome = result instanceof ImportResult.Imported imported
                ? "imported " + imported.scenario().incentives().size() + " incentives"
                : "refused: "
                        + ProblemFormatter.format(
                                result.problems().get(result.problems().size() - 1), Locale.ENGLISH);
        System.out.printf(
                "import %s with -Xmx%dm: %.0f ms, peak heap %.0f MB; %s%n",
                file.getFileName(), Runtime.getRuntime().maxMemory() >> 20, nanos / 1e6, peakHeapMb(), outcome);
    }

    private static void compare(Path file) throws Exception {
        Task ours = () -> WorkbookImporter.read(file, "bench.xlsx", ImportOptions.defaults());
        Task bare = () -> barePass(file);
        Task user = () -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
                return workbook.getNumberOfSheets();
            }
        };
        double loadBefore = loadAverage();
        for (int i = 0; i < WARMUPS; i++) {
            ours.run();
            bare.run();
            user.run();
        }
        // Round-robin, one run of each per round: on a shared machine the load drifts, and it should hit all three
        // alike. The ratios are taken per round as well, and their median is the steadier figure.
        double[][] times = new double[3][RUNS];
        double[] peaks = new double[3];
        double[] oursOverBare = new double[RUNS];
        double[] userOverOurs = new double[RUNS];
        Task[] tasks = {ours, bare, user};
        for (int r = 0; r < RUNS; r++) {
            for (int t = 0; t < tasks.length; t++) {
                resetPeaks();
                long start = System.nanoTime();
                tasks[t].run();
                times[t][r] = (System.nanoTime() - start) / 1e6;
                peaks[t] = Math.max(peaks[t], peakHeapMb());
            }
            oursOverBare[r] = times[0][r] / times[1][r];
            userOverOurs[r] = times[2][r] / times[0][r];
        }
        double loadAfter = loadAverage();
        System.out.printf(
                "file %s (%.1f MB), -Xmx%dm, %d rounds of (ours, bare, XSSFWorkbook) after %d warm-up rounds, one JVM%n",
                file.getFileName(), Files.size(file) / 1e6, Runtime.getRuntime().maxMemory() >> 20, RUNS, WARMUPS);
        System.out.printf(
                "  load average (1 min) %.1f before, %.1f after, on %d processors%n",
                loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
        String[] labels = {
            "our import (parse + validate + build):",
            "bare SAX pass over the same sheets:   ",
            "XSSFWorkbook load:                    "
        };
        for (int t = 0; t < tasks.length; t++) {
            System.out.printf(
                    "  %s median %6.0f ms (min %6.0f, max %6.0f), peak heap %5.0f MB%n",
                    labels[t], median(times[t]), min(times[t]), max(times[t]), peaks[t]);
        }
        System.out.printf(
                "  ours / bare pass    = %.2f median of rounds, %.2f of medians (goal <= 1.5)%n",
                median(oursOverBare), median(times[0]) / median(times[1]));
        System.out.printf(
                "  XSSFWorkbook / ours = %.2f median of rounds, %.2f of medians (goal >= 5)%n",
                median(userOverOurs), median(times[2]) / median(times[0]));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** Opens the package and shared strings as our import does, then parses each sheet with a handler that does nothing. */
    private static int barePass(Path file) throws Exception {
        int sheets = 0;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            new ReadOnlySharedStringsTable(pkg, false);
            reader.getStylesTable();
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new DefaultHandler());
                    parser.parse(new InputSource(sheet));
                    sheets++;
                }
            }
        }
        return sheets;
    }

    interface Task {
        Object run() throws Exception;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at any one time. */
    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1e6;
    }
}
