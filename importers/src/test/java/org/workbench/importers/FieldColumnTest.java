package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.ItemKind;

/** Every input field has its workbook column (or Scenario row), and every column is an input field. */
class FieldColumnTest {

    private static List<String> keys(List<FieldColumn> columns) {
        return columns.stream().map(c -> c.field().key()).toList();
    }

    private static List<String> keysOf(ItemKind item) {
        return InputFields.of(item).stream().map(InputField::key).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void the_template_has_one_column_per_field_in_field_order_and_no_other(String tag) throws Exception {
        Locale locale = Locale.forLanguageTag(tag);
        assertThat(keys(FieldColumn.SCENARIO)).containsExactlyElementsOf(keysOf(ItemKind.SETTINGS));
        assertThat(keys(FieldColumn.INDUSTRIES)).containsExactlyElementsOf(keysOf(ItemKind.INDUSTRY));
        assertThat(keys(FieldColumn.INCENTIVES)).containsExactlyElementsOf(keysOf(ItemKind.INCENTIVE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.writeTemplate(locale, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet scenario = book.getSheet(SheetRole.SCENARIO.title(locale));
            List<String> fieldNames = new ArrayList<>();
            for (int r = 1; r <= scenario.getLastRowNum(); r++) {
                fieldNames.add(scenario.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(fieldNames)
                    .containsExactlyElementsOf(FieldColumn.SCENARIO.stream()
                            .map(c -> c.title(locale))
                            .toList());
            // after the fields: the cells that name a linked sector's set and type
            assertThat(headers(book.getSheet(SheetRole.INDUSTRIES.title(locale))))
                    .containsExactlyElementsOf(java.util.stream.Stream.concat(
                                    FieldColumn.INDUSTRIES.stream(), java.util.stream.Stream.of(LinkColumn.values()))
                            .map(c -> c.title(locale))
                            .toList());
            assertThat(headers(book.getSheet(SheetRole.INCENTIVES.title(locale))))
                    .containsExactlyElementsOf(FieldColumn.INCENTIVES.stream()
                            .map(c -> c.title(locale))
                            .toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"SETTINGS", "INDUSTRY", "INCENTIVE"})
    void each_header_and_its_alias_find_their_own_field(String item) {
        for (InputField field : InputFields.of(ItemKind.valueOf(item))) {
            FieldColumn column = FieldColumn.column(field.item(), field.key()).orElseThrow();
            assertThat(column.field()).isEqualTo(field);
            assertThat(column.matches(field.english())).isTrue();
            assertThat(column.matches(field.chinese())).isTrue();
        }
    }

    private static List<String> headers(Sheet sheet) {
        Row row = sheet.getRow(0);
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            headers.add(row.getCell(c).getStringCellValue());
        }
        return headers;
    }
}
