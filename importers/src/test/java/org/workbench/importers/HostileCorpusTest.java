package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.workbench.domain.Scenario;

/**
 * Hostile and broken files, generated at test time (no binaries in the repository). Each must end in a clear
 * problem or a clean import: never an exception, an OutOfMemoryError (the tests run with a small heap, see the
 * module's pom) or a hang.
 */
class HostileCorpusTest {
    @TempDir
    static Path dir;

    private static Path valid;
    private static Scenario validScenario;

    /** A file to make, the name the user gave it, options, and what must come of it. */
    record Case(String name, Maker maker, ImportOptions options, Consumer<ImportResult> expectation) {}

    interface Maker {
        Path make(Path target) throws Exception;
    }

    @BeforeAll
    static void validWorkbook() throws Exception {
        valid = TestWorkbook.valid().writeXlsx(dir, "valid-source.xlsx");
        validScenario =
                ((ImportResult.Imported) WorkbookImporter.read(valid, "v.xlsx", ImportOptions.defaults())).scenario();
    }

    @TestFactory
    @Timeout(120)
    Stream<DynamicTest> every_hostile_file_ends_in_a_clear_outcome() {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Path file = c.maker().make(dir.resolve("corpus-" + c.name()));
                    ImportResult result = WorkbookImporter.read(file, c.name(), c.options());
                    c.expectation().accept(result);
                }));
    }

    private static Consumer<ImportResult> refused(String key) {
        return result -> {
            assertThat(result).as("%s", result.problems()).isInstanceOf(ImportResult.Rejected.class);
            assertThat(result.problems()).extracting(ImportProblem::messageKey).contains(key);
        };
    }

    private static Consumer<ImportResult> refusedAt(String location, String key) {
        return result -> {
            assertThat(result).as("%s", result.problems()).isInstanceOf(ImportResult.Rejected.class);
            assertThat(result.problems())
                    .filteredOn(ImportProblem::isError)
                    .extracting(ImportProblem::location, ImportProblem::messageKey)
                    .contains(org.assertj.core.groups.Tuple.tuple(location, key));
        };
    }

    private static Consumer<ImportResult> importedAsValid() {
        return result -> {
            assertThat(result).as("%s", result.problems()).isInstanceOf(ImportResult.Imported.class);
            assertThat(((ImportResult.Imported) result).scenario()).isEqualTo(validScenario);
        };
    }

    private static ImportOptions defaults() {
        return ImportOptions.defaults();
    }

    private static List<Case> corpus() {
        List<Case> c = new ArrayList<>();
        // wrong or missing content
        c.add(new Case("empty.xlsx", t -> Files.write(t, new byte[0]), defaults(), refused("problem.file.empty")));
        c.add(new Case(
                "random-bytes.xlsx",
                t -> Files.write(t, randomBytes(5000)),
                defaults(),
                refused("problem.file.mismatch")));
        c.add(new Case(
                "pdf-renamed.xlsx",
                t -> Files.write(t, Zips.utf8("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF")),
                defaults(),
                refused("problem.file.mismatch")));
        c.add(new Case("xlsx-renamed.csv", t -> Files.copy(valid, t), defaults(), refused("problem.file.mismatch")));
        c.add(new Case("xlsx-renamed.xls", t -> Files.copy(valid, t), defaults(), refused("problem.file.mismatch")));
        c.add(new Case(
                "xls-renamed.xlsx",
                t -> TestWorkbook.valid().writeXls(dir, "x.xls").toFile().renameTo(t.toFile()) ? t : t,
                defaults(),
                refused("problem.file.mismatch")));
        c.add(new Case(
                "csv-renamed.xlsx",
                t -> Files.writeString(t, "Code,Name\nA,B\n"),
                defaults(),
                refused("problem.file.mismatch")));
        c.add(new Case(
                "utf16-text.csv",
                t -> Files.writeString(t, "Code,Name\nA,B\n", StandardCharsets.UTF_16LE),
                defaults(),
                refused("problem.file.mismatch")));
        // damaged archives
        c.add(new Case(
                "truncated.xlsx",
                t -> {
                    byte[] bytes = Files.readAllBytes(valid);
                    return Files.write(t, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                },
                defaults(),
                refused("problem.file.damaged")));
        c.add(new Case(
                "corrupt-middle.xlsx",
                t -> {
                    byte[] bytes = Files.readAllBytes(valid);
                    byte[] noise = randomBytes(2000);
                    System.arraycopy(noise, 0, bytes, bytes.length / 3, noise.length);
                    return Files.write(t, bytes);
                },
                defaults(),
                result -> assertThat(result).isInstanceOf(ImportResult.Rejected.class)));
        c.add(new Case("empty-zip.xlsx", t -> Zips.write(t, Map.of()), defaults(), refused("problem.file.damaged")));
        c.add(new Case(
                "zip-of-text.xlsx",
                t -> Zips.write(t, Map.of("notes.txt", Zips.utf8("hello"))),
                defaults(),
                refused("problem.file.damaged")));
        c.add(new Case(
                "malformed-sheet-xml.xlsx",
                t -> Zips.replace(
                        valid,
                        t,
                        Map.of(
                                "xl/worksheets/sheet3.xml",
                                Zips.utf8(
                                        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c"))),
                defaults(),
                refused("problem.file.damaged")));
        // zip bombs
        c.add(new Case(
                "zip-bomb-ratio.xlsx",
                t -> Zips.replaceStreamed(valid, t, "xl/worksheets/sheet3.xml", HostileCorpusTest::blankSheet),
                defaults(),
                refused("problem.file.zipBomb")));
        c.add(new Case(
                "zip-bomb-lying-directory.xlsx",
                t -> {
                    Zips.replaceStreamed(valid, t, "xl/worksheets/sheet3.xml", HostileCorpusTest::blankSheet);
                    Zips.understateSize(t, "xl/worksheets/sheet3.xml", 100_000);
                    return t;
                },
                defaults(),
                result -> {
                    assertThat(result).isInstanceOf(ImportResult.Rejected.class);
                    assertThat(result.problems())
                            .extracting(ImportProblem::messageKey)
                            .containsAnyOf("problem.file.zipBomb", "problem.file.damaged");
                }));
        c.add(new Case(
                "too-many-entries.xlsx",
                t -> {
                    Map<String, byte[]> parts = Zips.read(valid);
                    for (int i = 0; i < 600; i++) {
                        parts.put("xl/media/pad" + i + ".bin", new byte[] {1});
                    }
                    return Zips.write(t, parts);
                },
                defaults(),
                refused("problem.file.zipBomb")));
        // encrypted and foreign OLE2
        c.add(new Case(
                "encrypted.xlsx", HostileCorpusTest::encryptedXlsx, defaults(), refused("problem.file.encrypted")));
        c.add(new Case(
                "encrypted.xls",
                t -> {
                    Biff8EncryptionKey.setCurrentUserPassword("secret");
                    try {
                        return Files.move(TestWorkbook.valid().writeXls(dir, "enc-src.xls"), t);
                    } finally {
                        Biff8EncryptionKey.setCurrentUserPassword(null);
                    }
                },
                defaults(),
                refused("problem.file.encrypted")));
        c.add(new Case(
                "ole2-not-a-workbook.xls",
                t -> {
                    try (POIFSFileSystem fs = new POIFSFileSystem();
                            OutputStream out = Files.newOutputStream(t)) {
                        fs.createDocument(new java.io.ByteArrayInputStream(randomBytes(3000)), "WordDocument");
                        fs.writeFilesystem(out);
                    }
                    return t;
                },
                defaults(),
                refused("problem.file.damaged")));
        c.add(new Case(
                "xls-over-size-cap.xls",
                t -> {
                    byte[] bytes = new byte[11 * 1024 * 1024];
                    byte[] magic = {
                        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                    };
                    System.arraycopy(magic, 0, bytes, 0, magic.length);
                    return Files.write(t, bytes);
                },
                defaults(),
                refused("problem.file.tooLarge")));
        // XML attacks
        c.add(new Case(
                "xxe-external-entity.xlsx",
                t -> {
                    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
                    return Zips.replace(
                            valid,
                            t,
                            Map.of(
                                    "xl/worksheets/sheet3.xml",
                                    Zips.utf8(
                                            "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri()
                                                    + "\">]>"
                                                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                                                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>")));
                },
                defaults(),
                result -> {
                    assertThat(result).isInstanceOf(ImportResult.Rejected.class);
                    assertThat(result.problems().toString()).doesNotContain("TOP-SECRET-42");
                }));
        c.add(new Case(
                "billion-laughs-shared-strings.xlsx",
                t -> Zips.replace(
                        valid,
                        t,
                        Map.of("xl/sharedStrings.xml", Zips.utf8(billionLaughs("sst", "<si><t>&l9;</t></si>")))),
                defaults(),
                result -> assertThat(result).isInstanceOf(ImportResult.Rejected.class)));
        c.add(new Case(
                "billion-laughs-sheet.xlsx",
                t -> Zips.replace(
                        valid,
                        t,
                        Map.of(
                                "xl/worksheets/sheet1.xml",
                                Zips.utf8(
                                        billionLaughs(
                                                "worksheet",
                                                "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&l9;</t></is></c></row></sheetData>")))),
                defaults(),
                refused("problem.file.unsafeXml")));
        // giant and forged cells
        c.add(new Case(
                "giant-inline-cell.xlsx",
                t -> Zips.replace(
                        valid,
                        t,
                        Map.of(
                                "xl/worksheets/sheet3.xml",
                                Zips.utf8(incentivesSheet("<c r=\"B3\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000)
                                        + "</t></is></c>")))),
                defaults(),
                refusedAt("Incentives!B3", "problem.cell.tooLong")));
        c.add(new Case(
                "giant-shared-string.xlsx",
                t -> {
                    Map<String, byte[]> parts = Zips.read(valid);
                    String sst = new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
                    int index = sst.split("<si>", -1).length - 1;
                    sst = sst.replace("</sst>", "<si><t>" + randomLetters(5_000_000) + "</t></si></sst>");
                    parts.put("xl/sharedStrings.xml", Zips.utf8(sst));
                    parts.put(
                            "xl/worksheets/sheet3.xml",
                            Zips.utf8(incentivesSheet("<c r=\"B3\" t=\"s\"><v>" + index + "</v></c>")));
                    return Zips.write(t, parts);
                },
                defaults(),
                refusedAt("Incentives!B3", "problem.cell.tooLong")));
        c.add(new Case(
                "formula-error-value.xlsx",
                t -> Zips.replace(
                        valid,
                        t,
                        Map.of(
                                "xl/worksheets/sheet3.xml",
                                Zips.utf8(incentivesSheet("<c r=\"J3\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>")))),
                defaults(),
                refusedAt("Incentives!J3", "problem.cell.errorValue")));
        c.add(new Case(
                "forged-nan.xlsx",
                t -> Zips.replace(
                        valid,
                        t,
                        Map.of("xl/worksheets/sheet3.xml", Zips.utf8(incentivesSheet("<c r=\"J3\"><v>NaN</v></c>")))),
                defaults(),
                refusedAt("Incentives!J3", "problem.cell.notFinite")));
        c.add(new Case(
                "forged-infinity.xlsx",
                t -> Zips.replace(
                        valid,
                        t,
                        Map.of("xl/worksheets/sheet3.xml", Zips.utf8(incentivesSheet("<c r=\"J3\"><v>1e400</v></c>")))),
                defaults(),
                refusedAt("Incentives!J3", "problem.cell.notFinite")));
        c.add(new Case(
                "shared-string-index-out-of-range.xlsx",
                t -> Zips.replace(
                        valid,
                        t,
                        Map.of(
                                "xl/worksheets/sheet3.xml",
                                Zips.utf8(incentivesSheet("<c r=\"B3\" t=\"s\"><v>99999</v></c>")))),
                defaults(),
                refusedAt("Incentives!B3", "problem.cell.errorValue")));
        c.add(new Case(
                "date-where-money-belongs.xlsx",
                t -> Files.move(
                        TestWorkbook.valid()
                                .setColumn(
                                        "Incentives", "Amount", 2, new TestWorkbook.DateCell(LocalDate.of(2026, 1, 1)))
                                .writeXlsx(dir, "date-src.xlsx"),
                        t),
                defaults(),
                refusedAt("Incentives!J3", "problem.cell.date")));
        c.add(new Case(
                "cell-beyond-last-column.xlsx",
                t -> Zips.replace(
                        valid,
                        t,
                        Map.of(
                                "xl/worksheets/sheet3.xml",
                                Zips.utf8(
                                        incentivesSheet("<c r=\"ZZZZ3\" t=\"inlineStr\"><is><t>stray</t></is></c>")))),
                defaults(),
                importedAsValid()));
        c.add(new Case(
                "data-on-the-last-excel-row.xlsx",
                t -> Zips.replace(
                        valid,
                        t,
                        Map.of(
                                "xl/worksheets/sheet3.xml",
                                Zips.utf8(incentivesSheet("")
                                        .replace("<row r=\"3\">", "<row r=\"1048576\">")
                                        .replace("r=\"A3\"", "r=\"A1048576\"")))),
                defaults(),
                result -> assertThat(result).isInstanceOf(ImportResult.Imported.class)));
        // rows
        c.add(new Case(
                "more-rows-than-allowed.xlsx",
                t -> Zips.replaceStreamed(valid, t, "xl/worksheets/sheet3.xml", out -> manyRows(out, 200_100)),
                defaults(),
                refused("problem.file.tooManyRows")));
        c.add(new Case(
                "row-cap-configured.xlsx",
                t -> Zips.replaceStreamed(valid, t, "xl/worksheets/sheet3.xml", out -> manyRows(out, 150)),
                defaults().withMaxDataRows(100),
                refused("problem.file.tooManyRows")));
        // CSV
        c.add(new Case(
                "plan-Incentives.csv",
                t -> Files.move(
                        TestWorkbook.valid().writeCsv(dir, "u8.csv", "Incentives", StandardCharsets.UTF_8, true), t),
                defaults().withBase(baseScenario()),
                importedAsValid()));
        c.add(new Case(
                "计划-政策.csv",
                t -> {
                    TestWorkbook book = TestWorkbook.valid();
                    List<Object> header = book.rowsOf("Incentives").get(0);
                    // the version 1 columns of the valid workbook, each under its Chinese header
                    for (FieldColumn column : FieldColumn.INCENTIVES.subList(0, header.size())) {
                        header.set(column.index(), column.chinese());
                    }
                    book.setColumn("Incentives", "类型", 1, "股权投资");
                    return Files.move(book.writeCsv(dir, "gb.csv", "Incentives", CsvReader.GB18030, false), t);
                },
                defaults().withBase(baseScenario()),
                importedAsValid()));
        c.add(new Case(
                "neither-utf8-nor-gb18030-Incentives.csv",
                t -> Files.write(
                        t, new byte[] {'C', 'o', 'd', 'e', '\n', (byte) 0x80, (byte) 0xFF, (byte) 0xFE, 'x', '\n'}),
                defaults().withBase(baseScenario()),
                refused("problem.file.encoding")));
        c.add(new Case(
                "giant-record-Incentives.csv",
                t -> {
                    try (Writer w = Files.newBufferedWriter(t)) {
                        w.write("Code,Name\nA,\"");
                        for (int i = 0; i < 300; i++) {
                            w.write("z".repeat(10_000));
                        }
                        w.write("\"\n");
                    }
                    return t;
                },
                defaults().withBase(baseScenario()),
                refused("problem.file.recordTooLong")));
        c.add(new Case(
                "formula-text-Incentives.csv",
                t -> Files.move(
                        TestWorkbook.valid()
                                .setColumn("Incentives", "Name", 1, "=cmd|' /C calc'!A0")
                                .setColumn("Incentives", "Name", 2, "'=SUM(1)")
                                .writeCsv(dir, "f.csv", "Incentives", StandardCharsets.UTF_8, false),
                        t),
                defaults().withBase(baseScenario()),
                result -> {
                    assertThat(result).isInstanceOf(ImportResult.Imported.class);
                    Scenario s = ((ImportResult.Imported) result).scenario();
                    assertThat(s.incentives().get(0).name()).isEqualTo("=cmd|' /C calc'!A0");
                    assertThat(s.incentives().get(1).name()).isEqualTo("=SUM(1)");
                }));
        c.add(new Case(
                "formula-text-in-a-number-Incentives.csv",
                t -> Files.move(
                        TestWorkbook.valid()
                                .setColumn("Incentives", "Amount", 2, "=1+1")
                                .writeCsv(dir, "g.csv", "Incentives", StandardCharsets.UTF_8, false),
                        t),
                defaults().withBase(baseScenario()),
                refusedAt("Incentives!J3", "problem.cell.notNumber")));
        return c;
    }

    private static Scenario baseScenario() {
        return validScenario;
    }

    /** Random letters: text that does not compress like a bomb. */
    private static String randomLetters(int n) {
        Random random = new Random(n);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(n).nextBytes(bytes);
        bytes[0] = 0x13;
        return bytes;
    }

    /** 300 MB of blanks inside a sheet: compresses about 1000 to 1. */
    private static void blankSheet(OutputStream out) throws IOException {
        out.write(Zips.utf8(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
        byte[] blanks = new byte[1 << 20];
        java.util.Arrays.fill(blanks, (byte) ' ');
        for (int i = 0; i < 300; i++) {
            out.write(blanks);
        }
        out.write(Zips.utf8("</sheetData></worksheet>"));
    }

    private static final String INCENTIVE_HEADER = "<row r=\"1\">"
            + cells(
                    1,
                    "Code",
                    "Name",
                    "Type",
                    "Industry",
                    "Start year",
                    "Duration",
                    "Committed jobs",
                    "Ramp years",
                    "But-for share",
                    "Amount",
                    "Talents",
                    "Exit year",
                    "Exit multiple")
            + "</row>";

    private static String cells(int row, String... texts) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isEmpty()) {
                String ref = CellRefs.cell(i, row);
                s.append(
                        texts[i].matches("-?[0-9.eE]+")
                                ? "<c r=\"" + ref + "\"><v>" + texts[i] + "</v></c>"
                                : "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + texts[i] + "</t></is></c>");
            }
        }
        return s.toString();
    }

    /** The valid Incentives sheet, with {@code override} cells replacing those of row 3 with the same reference. */
    private static String incentivesSheet(String override) {
        String row2 = cells(
                2, "NIO", "NIO equity", "EQUITY", "EV", "2026", "1", "3000", "3", "0.3", "5e9", "", "2030", "2.5");
        String row3 =
                cells(3, "SUB", "Chip job subsidy", "JOB_SUBSIDY", "SEMI", "2027", "5", "1000", "2", "0.2", "20000");
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("<c r=\"([A-Z]+3)\"").matcher(override);
        while (m.find()) {
            row3 = row3.replaceAll("<c r=\"" + m.group(1) + "\".*?</c>", "");
        }
        return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + INCENTIVE_HEADER + "<row r=\"2\">" + row2 + "</row><row r=\"3\">" + row3 + override
                + "</row></sheetData></worksheet>";
    }

    private static void manyRows(OutputStream out, int rows) throws IOException {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        w.write(INCENTIVE_HEADER);
        for (int r = 2; r < rows + 2; r++) {
            w.write("<row r=\"" + r + "\">"
                    + cells(r, "P" + r, "n", "RD_GRANT", "EV", "2027", "1", "10", "1", "0.5", "100") + "</row>");
        }
        w.write("</sheetData></worksheet>");
        w.flush();
    }

    private static String billionLaughs(String root, String body) {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"");
            dtd.append(("&l" + (i - 1) + ";").repeat(10));
            dtd.append("\">");
        }
        dtd.append("]><")
                .append(root)
                .append(" xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                .append(body)
                .append("</")
                .append(root)
                .append('>');
        return dtd.toString();
    }

    private static Path encryptedXlsx(Path target) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(valid, os);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }
}
