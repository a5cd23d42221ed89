package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each input field is described once, and the descriptions and the records agree on every field. */
class InputFieldsTest {

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
    }

    private static List<String> keys(ItemKind item) {
        return InputFields.of(item).stream().map(InputField::key).toList();
    }

    @Test
    void every_record_component_has_a_descriptor_in_the_same_order_and_no_descriptor_is_left_over() {
        assertThat(keys(ItemKind.SETTINGS)).containsExactlyElementsOf(components(ScenarioSettings.class));
        assertThat(keys(ItemKind.INDUSTRY)).containsExactlyElementsOf(components(Industry.class));
        assertThat(keys(ItemKind.INCENTIVE)).containsExactlyElementsOf(components(Incentive.class));
        assertThat(keys(ItemKind.SETTINGS)).containsExactlyElementsOf(components(ScenarioSettings.Draft.class));
        assertThat(keys(ItemKind.INDUSTRY)).containsExactlyElementsOf(components(Industry.Draft.class));
        assertThat(keys(ItemKind.INCENTIVE)).containsExactlyElementsOf(components(Incentive.Draft.class));
    }

    @ParameterizedTest
    @EnumSource(ItemKind.class)
    void every_descriptor_has_a_workbook_header_in_both_languages_used_by_no_other_field(ItemKind item) {
        List<InputField> fields = InputFields.of(item);
        assertThat(fields).allSatisfy(f -> {
            assertThat(f.item()).isEqualTo(item);
            assertThat(f.english()).as(f.key()).isNotBlank();
            assertThat(f.chinese()).as(f.key()).isNotBlank();
        });
        assertThat(fields.stream().map(InputField::english)).doesNotHaveDuplicates();
        assertThat(fields.stream().map(InputField::chinese)).doesNotHaveDuplicates();
    }

    @Test
    void every_label_and_help_key_has_a_text_in_both_languages() throws IOException {
        for (String suffix : List.of("_en", "_zh_CN")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/domain" + suffix + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (ItemKind item : ItemKind.values()) {
                for (InputField f : InputFields.of(item)) {
                    assertThat(bundle.getProperty(f.labelKey()))
                            .as(f.labelKey())
                            .isNotBlank();
                    if (f.helpKey() != null) {
                        assertThat(bundle.getProperty(f.helpKey()))
                                .as(f.helpKey())
                                .isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void a_default_keeps_its_own_rule_and_a_field_with_a_default_is_never_required() {
        for (ItemKind item : ItemKind.values()) {
            for (InputField f : InputFields.of(item)) {
                if (f.defaultValue() instanceof Number n) {
                    assertThat(f.bounds().accepts(n.doubleValue())).as(f.key()).isTrue();
                    assertThat(f.normalize(n)).as(f.key()).isEqualTo(n);
                }
                if (f.hasDefault()) {
                    assertThat(f.required()).as(f.key()).isFalse();
                }
            }
        }
    }

    @Test
    void the_type_rules_decide_which_fields_apply_and_what_the_amount_means() {
        InputField exitYear = InputFields.get(ItemKind.INCENTIVE, "exitYear");
        InputField talents = InputFields.get(ItemKind.INCENTIVE, "talents");
        InputField amount = InputFields.get(ItemKind.INCENTIVE, "amount");
        assertThat(Arrays.stream(IncentiveType.values()).filter(exitYear::appliesTo))
                .containsExactly(IncentiveType.EQUITY);
        assertThat(Arrays.stream(IncentiveType.values()).filter(talents::appliesTo))
                .containsExactly(IncentiveType.TALENT_SUBSIDY);
        assertThat(exitYear.emptyOutsideScope()).isTrue();
        assertThat(talents.emptyOutsideScope()).isFalse();
        assertThat(amount.kind(IncentiveType.TAX_REBATE)).isEqualTo(FieldKind.SHARE);
        assertThat(amount.bounds(IncentiveType.TAX_REBATE).accepts(1.5)).isFalse();
        assertThat(amount.kind(IncentiveType.JOB_SUBSIDY)).isEqualTo(FieldKind.MONEY);
        assertThat(amount.bounds(IncentiveType.JOB_SUBSIDY).accepts(1.5)).isTrue();
    }

    @Test
    void a_draft_from_values_in_field_order_takes_numbers_of_any_type_and_gives_them_back() {
        Incentive.Draft draft = Incentive.Draft.ofValues(
                "i", "I", IncentiveType.EQUITY, "A", 2026.0, 2.0, 10, 1.0, 0.5, 1e6, 0, 2030.0, 2, 0.5, 2027.0, 1.1, 0);
        assertThat(draft.startYear()).isEqualTo(2026);
        assertThat(draft.committedJobs()).isEqualTo(10.0);
        assertThat(draft.exitMultiple()).isEqualTo(2.0);
        Incentive incentive = draft.toIncentive();
        assertThat(Incentive.Draft.of(incentive)).isEqualTo(draft);
        assertThat(Incentive.Draft.of(incentive).values()).hasSize(InputFields.INCENTIVE_FIELDS.size());
    }

    @Test
    void only_fields_the_calculation_model_lets_vary_may_carry_a_range() {
        assertThat(InputFields.SETTINGS_FIELDS.stream()
                        .filter(InputField::rangeable)
                        .map(InputField::key))
                .containsExactly("householdSize", "inMigrantShare", "serviceCostPerResident");
        assertThat(InputFields.INCENTIVE_FIELDS.stream()
                        .filter(InputField::rangeable)
                        .map(InputField::key))
                .containsExactly(
                        "committedJobs",
                        "butForShare",
                        "amount",
                        "talents",
                        "exitMultiple",
                        "recoveryMultiple",
                        "clawbackShare");
        assertThat(InputFields.INDUSTRY_FIELDS.stream().filter(InputField::rangeable))
                .allSatisfy(f -> assertThat(f.kind().integral()).isFalse());
    }
}
