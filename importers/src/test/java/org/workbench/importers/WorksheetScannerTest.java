package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

class WorksheetScannerTest {
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path dir;

    /** Rows as a reader hands them over, copied because the reader reuses its list. */
    private static final class Rows implements RowSink {
        final List<String> rows = new ArrayList<>();
        final List<CellValue> cells = new ArrayList<>();

        @Override
        public boolean startSheet(String sheetName) {
            return true;
        }

        @Override
        public void row(int rowNumber, List<CellValue> found) {
            rows.add(rowNumber + ":" + found.size());
            cells.addAll(found);
        }

        @Override
        public void endSheet() {}
    }

    private static Rows scan(String xml) throws IOException {
        return scan(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Rows scan(byte[] xml) throws IOException {
        Rows rows = new Rows();
        boolean read = new WorksheetScanner(new ByteArrayInputStream(xml), cells(rows)).scan();
        assertThat(read).as("declined").isTrue();
        return rows;
    }

    private static SheetCells cells(RowSink sink) {
        return new SheetCells(new SharedStringsTable(), null, sink);
    }

    private static Rows sax(byte[] xml) throws Exception {
        Rows rows = new Rows();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XlsxSheetHandler(cells(rows)));
        parser.parse(new InputSource(new ByteArrayInputStream(xml)));
        return rows;
    }

    private static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + NS
                + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    private static String onlyText(String xml) throws IOException {
        Rows rows = scan(xml);
        assertThat(rows.cells).hasSize(1);
        return rows.cells.get(0).text();
    }

    private static String inline(String content) {
        return sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + content + "</t></is></c></row>");
    }

    @Test
    void predefined_entities_and_character_references_become_their_characters() throws IOException {
        assertThat(onlyText(inline("a&amp;b&lt;c&gt;d&quot;e&apos;f &#20013;&#x6587;&#65;&#x1F600;")))
                .isEqualTo("a&b<c>d\"e'f 中文A😀");
    }

    @Test
    void utf8_text_and_line_ends_read_as_an_xml_parser_reads_them() throws IOException {
        assertThat(onlyText(inline("情景 工作台\r\nnext\rlast\ttab"))).isEqualTo("情景 工作台\nnext\nlast\ttab");
    }

    @Test
    void cdata_is_text_and_comments_and_processing_instructions_are_skipped() throws IOException {
        assertThat(onlyText(inline("a<!-- <v>9</v> -- - --><?pi <c> ?>b<![CDATA[<x> & ]]]>c")))
                .isEqualTo("ab<x> & ]c");
    }

    @Test
    void attributes_are_found_in_any_order_with_either_quote_and_spacing() throws IOException {
        Rows rows = scan(sheet("<row r='4'><c s=\"0\"  t = 'inlineStr'\n r='C4'><is><t>x</t></is></c>"
                + "<c t=\"n\" r=\"E4\"><v>1.5</v></c></row>"));

        assertThat(rows.rows).containsExactly("4:2");
        assertThat(rows.cells)
                .extracting(CellValue::column, CellValue::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, CellValue.Kind.TEXT),
                        org.assertj.core.groups.Tuple.tuple(4, CellValue.Kind.NUMBER));
        assertThat(rows.cells.get(1).number()).isEqualTo(1.5);
    }

    @Test
    void prefixed_elements_match_by_local_name_but_a_prefixed_attribute_is_not_the_reference() throws IOException {
        Rows rows = scan("<x:worksheet xmlns:x=\"" + NS + "\" xmlns:y=\"urn:y\"><x:sheetData><x:row r=\"2\">"
                + "<x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>hi</x:t></x:is></x:c>"
                + "<x:c y:r=\"Z2\" t=\"inlineStr\"><x:is><x:t>next</x:t></x:is></x:c>"
                + "</x:row></x:sheetData></x:worksheet>");

        assertThat(rows.rows).containsExactly("2:2");
        assertThat(rows.cells)
                .extracting(CellValue::column, CellValue::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "hi"), org.assertj.core.groups.Tuple.tuple(2, "next"));
    }

    @Test
    void self_closing_rows_cells_and_values_are_empty() throws IOException {
        Rows rows = scan(sheet("<row r=\"1\"/><row r=\"2\"><c r=\"A2\"/><c r=\"B2\" t=\"inlineStr\"/>"
                + "<c r=\"C2\"><v/></c><c r=\"D2\"><v>7</v></c></row><row/>"));

        assertThat(rows.rows).containsExactly("1:0", "2:2", "3:0");
        assertThat(rows.cells)
                .extracting(CellValue::column, CellValue::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, ""), org.assertj.core.groups.Tuple.tuple(3, ""));
        assertThat(rows.cells.get(1).number()).isEqualTo(7);
    }

    @Test
    void rich_text_runs_join_and_phonetic_runs_and_formulas_are_left_out() throws IOException {
        Rows rows = scan(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/><sz val=\"11\"/></rPr>"
                + "<t>Bold</t></r><r><t xml:space=\"preserve\"> rest</t></r><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh>"
                + "</is></c><c r=\"B1\"><f>SUM(1,1)</f><v>2</v></c><c r=\"C1\" t=\"str\"><f>\"a\"&amp;\"b\"</f>"
                + "<v>ab</v></c></row>"));

        assertThat(rows.cells).extracting(CellValue::text).containsExactly("Bold rest", "", "ab");
        assertThat(rows.cells.get(1).number()).isEqualTo(2);
    }

    @Test
    void cells_without_references_follow_the_previous_one_and_stop_at_the_last_column() throws IOException {
        StringBuilder many = new StringBuilder("<row>");
        for (int i = 0; i < CellRefs.MAX_COLUMNS + 10; i++) {
            many.append("<c><v>1</v></c>");
        }
        Rows rows = scan(sheet(many + "</row>"));

        assertThat(rows.cells).hasSize(CellRefs.MAX_COLUMNS);
        assertThat(rows.cells.get(CellRefs.MAX_COLUMNS - 1).column()).isEqualTo(CellRefs.MAX_COLUMNS - 1);
    }

    @Test
    void a_doctype_is_refused_before_any_entity_could_be_declared() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + inline("&x;").substring(inline("").indexOf("<worksheet"));

        assertThatThrownBy(() -> scan(xml))
                .isInstanceOf(WorksheetScanner.MalformedSheet.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(WorkbookImporter.classify(new WorksheetScanner.MalformedSheet("DOCTYPE is not allowed"))
                        .key())
                .isEqualTo("problem.file.unsafeXml");
    }

    @Test
    void undeclared_entities_bad_references_and_bad_utf8_are_malformed() {
        for (String bad :
                List.of("&x;", "&#X41;", "&#0;", "&#xD800;", "&#x110000;", "&#;", "&amp", "&verylongentityname;")) {
            assertThatThrownBy(() -> scan(inline(bad))).as(bad).isInstanceOf(WorksheetScanner.MalformedSheet.class);
        }
        byte[] xml = inline("ab").getBytes(StandardCharsets.UTF_8);
        int at = new String(xml, StandardCharsets.ISO_8859_1).indexOf("ab");
        for (byte[] forged :
                List.of(new byte[] {(byte) 0xC3, 'b'}, new byte[] {(byte) 0xFF, 'b'}, new byte[] {1, 'b'})) {
            byte[] copy = xml.clone();
            copy[at] = forged[0];
            copy[at + 1] = forged[1];
            assertThatThrownBy(() -> scan(copy)).isInstanceOf(WorksheetScanner.MalformedSheet.class);
        }
    }

    @Test
    void broken_structure_is_malformed() {
        for (String bad : List.of(
                "",
                "   ",
                "text",
                sheet("<row r=\"1\"></col>"),
                sheet("") + "<second/>",
                sheet("") + "tail",
                sheet("<row r=1/>"),
                sheet("<row r=\"1\" r/>"),
                sheet("<row a=\"<\"/>"),
                sheet("<!ELEMENT x>"),
                sheet("<row></>"),
                "<![CDATA[x]]><a/>",
                "<a:/>" + "x")) {
            assertThatThrownBy(() -> scan(bad)).as(bad).isInstanceOf(WorksheetScanner.MalformedSheet.class);
        }
    }

    @Test
    void every_truncation_of_a_sheet_is_malformed() throws IOException {
        byte[] whole = sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>情景 &amp; x</t></is></c>"
                        + "<c r=\"B1\"><v>1.25</v></c><!-- note --><c r=\"C1\"><![CDATA[z]]></c></row>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(scan(whole).cells).hasSize(2);
        for (int n = 0; n < whole.length; n++) {
            byte[] prefix = Arrays.copyOf(whole, n);
            assertThatThrownBy(() -> scan(prefix))
                    .as("first %d bytes", n)
                    .isInstanceOf(WorksheetScanner.MalformedSheet.class);
        }
    }

    @Test
    void nesting_deeper_than_any_worksheet_is_refused() {
        String deep = "<a>".repeat(WorksheetScanner.MAX_DEPTH + 1) + "</a>".repeat(WorksheetScanner.MAX_DEPTH + 1);

        assertThatThrownBy(() -> scan(deep))
                .isInstanceOf(WorksheetScanner.MalformedSheet.class)
                .hasMessageContaining("deep");
    }

    @Test
    void a_giant_text_is_capped_while_read_but_its_length_is_counted() throws IOException {
        String giant = "情".repeat(3_000_000);
        Rows rows = scan(inline(giant) + "<!--" + "-".repeat(10) + "-->");

        CellValue cell = rows.cells.get(0);
        assertThat(cell.kind()).isEqualTo(CellValue.Kind.TOO_LONG);
        assertThat(cell.number()).isEqualTo(3_000_000);
        assertThat(cell.text()).hasSize(CellValue.SHOWN_CHARS);
    }

    @Test
    void a_part_declaring_another_encoding_is_declined_untouched_and_the_sax_fallback_reads_it() throws Exception {
        String xml = sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>情景</t></is></c></row>")
                .replace("UTF-8", "UTF-16");
        byte[] utf16 = xml.getBytes(StandardCharsets.UTF_16);
        WorksheetScanner scanner = new WorksheetScanner(new ByteArrayInputStream(utf16), cells(new Rows()));

        assertThat(scanner.scan()).isFalse();
        try (InputStream rest = scanner.rest()) {
            assertThat(rest.readAllBytes()).isEqualTo(utf16);
        }
        assertThat(WorksheetScanner.utf8(new byte[] {'<', '?', 'x', 'm', 'l', '?', '>'}, 7))
                .isTrue();
        byte[] windows = "<?xml version='1.0' encoding='windows-1252'?>".getBytes(StandardCharsets.US_ASCII);
        assertThat(WorksheetScanner.utf8(windows, windows.length)).isFalse();

        Path valid = TestWorkbook.valid().writeXlsx(dir, "valid.xlsx");
        Path file = dir.resolve("utf16-sheet.xlsx");
        Map<String, byte[]> parts = Zips.read(valid);
        String incentives = new String(parts.get("xl/worksheets/sheet3.xml"), StandardCharsets.UTF_8);
        String declared = incentives.startsWith("<?xml")
                ? incentives.replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                : "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + incentives;
        parts.put("xl/worksheets/sheet3.xml", declared.getBytes(StandardCharsets.UTF_16));
        Zips.write(file, parts);

        ImportResult result = WorkbookImporter.read(file, "utf16-sheet.xlsx", ImportOptions.defaults());
        ImportResult expected = WorkbookImporter.read(valid, "valid.xlsx", ImportOptions.defaults());
        assertThat(result).as("%s", result.problems()).isInstanceOf(ImportResult.Imported.class);
        assertThat(((ImportResult.Imported) result).scenario())
                .isEqualTo(((ImportResult.Imported) expected).scenario());
    }

    @Test
    void the_scanner_finds_the_same_cells_as_the_sax_handler_in_exported_workbooks() throws Exception {
        Path small = TestWorkbook.valid().writeXlsx(dir, "valid.xlsx");
        Path generated = dir.resolve("generated.xlsx");
        try (OutputStream out = java.nio.file.Files.newOutputStream(generated)) {
            WorkbookExporter.writeScenario(new ScenarioGenerator(7).scenario(12, 400), null, Locale.ENGLISH, out);
        }
        int sheets = 0;
        for (Path file : List.of(small, generated)) {
            for (Map.Entry<String, byte[]> part : Zips.read(file).entrySet()) {
                if (part.getKey().startsWith("xl/worksheets/sheet")) {
                    Rows scanned = scan(part.getValue());
                    Rows parsed = sax(part.getValue());
                    assertThat(scanned.rows).as(part.getKey()).isEqualTo(parsed.rows);
                    assertThat(scanned.cells).as(part.getKey()).isEqualTo(parsed.cells);
                    sheets++;
                }
            }
        }
        assertThat(sheets).isGreaterThanOrEqualTo(6);
    }

    @Test
    @Timeout(120)
    void thousands_of_random_mutations_of_a_sheet_end_in_rows_or_a_malformed_sheet() throws Exception {
        byte[] valid = sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Code</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>Na</t></r><r><t>me</t></r></is></c>"
                        + "<c r=\"C1\" t=\"s\"><v>0</v></c></row>"
                        + "<row r=\"2\" spans=\"1:3\"><c r=\"A2\" t=\"inlineStr\"><is><t>X&amp;Y &#20013;</t></is></c>"
                        + "<c r=\"B2\" s=\"1\"><f>1+1</f><v>2.5E3</v></c><c r=\"C2\" t=\"b\"><v>1</v></c>"
                        + "<c r=\"D2\" t=\"e\"><v>#DIV/0!</v></c><!-- c --><c r=\"E2\"><![CDATA[3]]></c></row>")
                .getBytes(StandardCharsets.UTF_8);
        Random random = new Random(20261130);
        byte[] alphabet = "<>/=\"'&;!?-[]# \r\n\tarvcts0123456789:xDOCTYPE".getBytes(StandardCharsets.US_ASCII);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 4000; i++) {
            byte[] mutated = mutate(valid, random, alphabet);
            Rows rows = new Rows();
            try {
                new WorksheetScanner(new ByteArrayInputStream(mutated), cells(rows)).scan();
                read++;
            } catch (WorksheetScanner.MalformedSheet e) {
                refused++;
                assertThat(WorkbookImporter.classify(e).key()).isIn("problem.file.damaged", "problem.file.unsafeXml");
            }
        }
        assertThat(read).isPositive();
        assertThat(refused).isPositive();
    }

    private static byte[] mutate(byte[] valid, Random random, byte[] alphabet) {
        byte[] bytes = valid.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes[at] = alphabet[random.nextInt(alphabet.length)];
                case 2 -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
                default -> {
                    int length = Math.min(1 + random.nextInt(20), bytes.length - at);
                    int to = random.nextInt(bytes.length - length + 1);
                    System.arraycopy(bytes, at, bytes, to, length);
                }
            }
        }
        return bytes;
    }
}
