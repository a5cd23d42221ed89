package org.workbench.importers.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioInvalidException;
import org.workbench.domain.ScenarioSettings;
import org.workbench.importers.ImportOptions;
import org.workbench.importers.ImportProblem;
import org.workbench.importers.ImportResult;
import org.workbench.importers.ProblemFormatter;
import org.workbench.importers.ScenarioReport;
import org.workbench.importers.WorkbookExporter;
import org.workbench.importers.WorkbookImporter;

/**
 * {@code java -jar scenario-batch.jar IN OUT.xlsx [--lang en|zh] [--draws N] [--seed S]}: reads a scenario workbook
 * (.xlsx, .xls or .csv; format version 1 or 2), projects every view of calculation model version 2, runs its Monte
 * Carlo and tornado, and writes the version 2 results workbook. {@code --draws} and {@code --seed} replace the
 * workbook's own Draws and Seed (the written Scenario sheet says which were used). Exit 0 on success; 2 when the
 * workbook is invalid, with every problem on standard error, one per line, cell reference first; 1 on any other
 * failure.
 * With the command {@code multipliers} first, it reads an input-output table workbook instead and writes its
 * multiplier set.
 */
public final class ScenarioBatch {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID = 2;

    private ScenarioBatch() {}

    public static void main(String[] args) {
        // POI logs through Log4j's API; without a provider it would complain on stderr, which carries problems only
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        System.exit(run(args, System.out, System.err));
    }

    /** The command without {@code System.exit}, for tests and callers in the same JVM. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        Locale locale = Locale.ENGLISH;
        Integer draws = null;
        Integer seed = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--draws")
                    || arg.equals("--seed")
                    || arg.startsWith("--draws=")
                    || arg.startsWith("--seed=")) {
                boolean inline = arg.contains("=");
                if (!inline && i + 1 >= args.length) {
                    return usage(err, arg + " needs a whole number");
                }
                String name = inline ? arg.substring(0, arg.indexOf('=')) : arg;
                String text = inline ? arg.substring(arg.indexOf('=') + 1) : args[++i];
                Integer value = wholeNumber(text);
                if (value == null) {
                    return usage(err, name + " needs a whole number, not " + text);
                }
                if (name.equals("--draws")) {
                    draws = value;
                } else {
                    seed = value;
                }
            } else if (arg.equals("--lang") && i + 1 < args.length) {
                String lang = args[++i];
                if (!lang.equals("en") && !lang.equals("zh")) {
                    return usage(err, "unknown language: " + lang);
                }
                locale = lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            } else if (arg.startsWith("--lang=")) {
                String lang = arg.substring("--lang=".length());
                if (!lang.equals("en") && !lang.equals("zh")) {
                    return usage(err, "unknown language: " + lang);
                }
                locale = lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            } else if (arg.startsWith("--")) {
                return usage(err, "unknown option: " + arg);
            } else {
                positional.add(arg);
            }
        }
        if (!positional.isEmpty() && positional.getFirst().equals(MultiplierBatch.COMMAND)) {
            return MultiplierBatch.run(positional.subList(1, positional.size()), locale, out, err);
        }
        if (positional.size() != 2) {
            return usage(err, "expected an input and an output file");
        }
        Path in = Path.of(positional.get(0));
        Path outFile = Path.of(positional.get(1));
        try {
            if (!Files.isRegularFile(in)) {
                err.println(in + ": no such file");
                return FAILED;
            }
            ImportResult result = WorkbookImporter.read(in, in.getFileName().toString(), ImportOptions.defaults());
            for (ImportProblem problem : result.problems()) {
                err.println(ProblemFormatter.format(problem, locale));
            }
            if (!(result instanceof ImportResult.Imported imported)) {
                return INVALID;
            }
            Scenario scenario = imported.scenario();
            if (draws != null || seed != null) {
                ScenarioSettings s = scenario.settings();
                try {
                    scenario = scenario.withSettings(s.withRisk(
                            s.budgetRevenue(),
                            s.budgetGrowth(),
                            s.successCorrelation(),
                            draws == null ? s.draws() : draws,
                            seed == null ? s.seed() : seed,
                            s.behindThreshold()));
                } catch (ScenarioInvalidException e) {
                    return usage(
                            err,
                            "--draws must be from " + ScenarioSettings.MIN_DRAWS + " to " + ScenarioSettings.MAX_DRAWS);
                }
            }
            ScenarioReport report = ScenarioReport.of(scenario);
            Scenario chosen = scenario;
            Locale language = locale;
            writeWhole(outFile, stream -> WorkbookExporter.writeReport(chosen, report, language, stream));
            out.println(outFile);
            return OK;
        } catch (IOException | RuntimeException e) {
            err.println("scenario-batch: " + e);
            return FAILED;
        }
    }

    /** What writes a workbook to a stream. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes next to the target and moves, so a failure never leaves half a workbook under the output name. */
    static void writeWhole(Path outFile, Writer writer) throws IOException {
        Path parent = outFile.toAbsolutePath().getParent();
        Path temp = parent.resolve(".scenario-batch-" + java.util.UUID.randomUUID() + ".xlsx");
        try {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                writer.write(stream);
            }
            Files.move(temp, outFile, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static int usage(PrintStream err, String why) {
        err.println("scenario-batch: " + why);
        err.println("usage: java -jar scenario-batch.jar IN.xlsx|IN.xls|IN.csv OUT.xlsx [--lang en|zh] [--draws N]"
                + " [--seed S]");
        err.println("       java -jar scenario-batch.jar multipliers TABLE.xlsx|TABLE.xls OUT.xlsx [--lang en|zh]");
        return FAILED;
    }

    private static @Nullable Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
