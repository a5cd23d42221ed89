package org.workbench.web.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void control_characters_and_line_separators_are_written_as_escapes_and_plain_text_stays_as_it_is() {
        assertThat(LogSafe.text("a\r\nb\tc\u2028d\u0085e\u001bf"))
                .isEqualTo("a\\u000d\\u000ab\\u0009c\\u2028d\\u0085e\\u001bf");
        assertThat(LogSafe.text("planner 规划师")).isEqualTo("planner 规划师");
        assertThat(LogSafe.text(null)).isEqualTo("null");
    }

    @Test
    void a_backslash_is_doubled_so_that_an_escape_cannot_be_faked_and_long_values_are_cut() {
        assertThat(LogSafe.text("\\u000a")).isEqualTo("\\\\u000a");
        assertThat(LogSafe.text("x".repeat(5000)))
                .hasSize(LogSafe.MAX_LENGTH + 1)
                .endsWith("…");
    }
}
