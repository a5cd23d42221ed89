package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "-0",
                "1",
                "2070.0",
                "0.25",
                "-12.5",
                "1.",
                ".5",
                "007",
                "0.7380810782489187",
                "4229.74118780665",
                "9007199254740991",
                "0.00000000000000001",
                "1e5",
                "2.76E9",
                "-3.5e-7",
                "1E+22",
                "0.5E-21",
                "-0e5"
            })
    void a_plain_decimal_reads_as_the_double_the_general_parser_gives(String text) {
        assertThat(Numbers.parsePlainDecimal(text, 0, text.length())).isEqualTo(Double.parseDouble(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "-",
                ".",
                "2.7605245922663193E9",
                "1e23",
                "1e-23",
                "1e",
                "1e+",
                "e5",
                "1e1000",
                "1.5e2.5",
                "1E5x",
                "+1",
                " 1",
                "1 ",
                "1.2.3",
                "1,200",
                "NaN",
                "9007199254740993",
                "1234567890123456789",
                "123456789012345678",
                "0.1234567890123456789012"
            })
    void anything_else_is_left_to_the_general_parser(String text) {
        assertThat(Numbers.parsePlainDecimal(text, 0, text.length())).isNaN();
    }

    @Test
    void random_decimals_of_up_to_seventeen_digits_read_exactly_as_the_general_parser_reads_them() {
        SplittableRandom random = new SplittableRandom(42);
        int fastPathHits = 0;
        for (int i = 0; i < 200_000; i++) {
            String text = randomDecimal(random);
            double fast = Numbers.parsePlainDecimal(text, 0, text.length());
            if (!Double.isNaN(fast)) {
                fastPathHits++;
                assertThat(Double.doubleToRawLongBits(fast))
                        .as(text)
                        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
            }
        }
        assertThat(fastPathHits).isGreaterThan(100_000);
    }

    @Test
    void random_decimals_with_exponents_read_exactly_as_the_general_parser_reads_them() {
        SplittableRandom random = new SplittableRandom(7);
        int fastPathHits = 0;
        for (int i = 0; i < 200_000; i++) {
            String text = randomDecimal(random) + (random.nextBoolean() ? "E" : "e") + (random.nextInt(61) - 30);
            double fast = Numbers.parsePlainDecimal(text, 0, text.length());
            if (!Double.isNaN(fast)) {
                fastPathHits++;
                assertThat(Double.doubleToRawLongBits(fast))
                        .as(text)
                        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
            }
        }
        assertThat(fastPathHits).isGreaterThan(50_000);
    }

    private static String randomDecimal(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        if (random.nextBoolean()) {
            text.append('-');
        }
        int digits = 1 + random.nextInt(17);
        int point = random.nextInt(digits + 1);
        for (int d = 0; d < digits; d++) {
            if (d == point && d > 0) {
                text.append('.');
            }
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }
}
