package org.workbench.web.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void a_share_is_accepted_as_a_percentage_or_as_a_fraction_and_both_mean_the_same() {
        assertThat(NumberText.parse("4%", true).value()).isEqualTo(0.04);
        assertThat(NumberText.parse("0.04", true).value()).isEqualTo(0.04);
        assertThat(NumberText.parse(" 4.1 % ", true).value()).isEqualTo(0.041);
        assertThat(NumberText.parse("-5%", true).value()).isEqualTo(-0.05);
    }

    @Test
    void full_width_digits_and_percent_signs_of_a_chinese_input_method_count_as_their_ascii_forms() {
        assertThat(NumberText.parse("４．５％", true).value()).isEqualTo(0.045);
        assertThat(NumberText.parse("１２０，０００", false).value()).isEqualTo(120_000.0);
    }

    @Test
    void a_share_is_shown_as_a_percentage_and_other_numbers_with_every_digit_grouped() {
        assertThat(NumberText.format(0.04, true, Locale.ENGLISH)).isEqualTo("4%");
        assertThat(NumberText.format(0.12345, true, Locale.ENGLISH)).isEqualTo("12.345%");
        assertThat(NumberText.format(0.04, true, Locale.SIMPLIFIED_CHINESE)).isEqualTo("4%");
        assertThat(NumberText.format(1_234_567.5, false, Locale.ENGLISH)).isEqualTo("1,234,567.5");
        assertThat(NumberText.parse(NumberText.format(1_234_567.5, false, Locale.ENGLISH), false)
                        .value())
                .isEqualTo(1_234_567.5);
    }

    @Test
    void a_text_that_is_no_number_or_a_percentage_where_no_share_is_taken_is_refused_with_the_reason() {
        for (String wrong : new String[] {"abc", "4%%", "1,2", "--1", "%", ".", "1e400"}) {
            assertThat(NumberText.parse(wrong, true).problem()).as(wrong).isEqualTo(NumberText.Problem.NOT_A_NUMBER);
        }
        assertThat(NumberText.parse("4%", false).problem()).isEqualTo(NumberText.Problem.NO_PERCENT);
        assertThat(NumberText.parse("", true)).isEqualTo(new NumberText.Parsed(null, null));
        assertThat(NumberText.parse("   ", false)).isEqualTo(new NumberText.Parsed(null, null));
    }
}
