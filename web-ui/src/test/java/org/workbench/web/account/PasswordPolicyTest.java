package org.workbench.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void the_common_password_list_has_at_least_ten_thousand_entries() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void a_long_uncommon_password_of_any_characters_is_accepted_without_composition_rules() {
        assertThat(PasswordPolicy.check("planner", "correct horse battery")).isEmpty();
        assertThat(PasswordPolicy.check("planner", "alllowercaseletters")).isEmpty();
        assertThat(PasswordPolicy.check("planner", "合肥新能源汽车与量子实验室的未来")).isEmpty();
    }

    @Test
    void eleven_characters_are_too_few_and_twelve_are_enough() {
        assertThat(PasswordPolicy.check("planner", "plumtree-rx")).containsExactly(PasswordProblem.TOO_SHORT);
        assertThat(PasswordPolicy.check("planner", "plumtree-rx7")).isEmpty();
    }

    @Test
    void length_counts_characters_not_bytes() {
        // Twelve Chinese characters are 36 bytes but twelve characters: long enough.
        assertThat(PasswordPolicy.check("planner", "一二三四五六七八九十百千")).isEmpty();
        assertThat(PasswordPolicy.check("planner", "一二三四五六七八九十百")).containsExactly(PasswordProblem.TOO_SHORT);
    }

    @Test
    void up_to_128_characters_are_accepted_and_129_refused() {
        assertThat(PasswordPolicy.check("planner", "x".repeat(64) + "y".repeat(64)))
                .isEmpty();
        assertThat(PasswordPolicy.check("planner", "x".repeat(65) + "y".repeat(64)))
                .containsExactly(PasswordProblem.TOO_LONG);
    }

    @Test
    void a_common_password_is_refused_whatever_its_case() {
        assertThat(CommonPasswords.contains("password")).isTrue();
        assertThat(PasswordPolicy.check("planner", "Qwerty123456")).contains(PasswordProblem.COMMON);
        assertThat(PasswordPolicy.check("planner", "QAZWSXEDCRFV")).contains(PasswordProblem.COMMON);
    }

    @Test
    void the_username_itself_is_refused_as_password() {
        assertThat(PasswordPolicy.check("city.planner.01", "City.Planner.01"))
                .containsExactly(PasswordProblem.SAME_AS_USERNAME);
    }
}
