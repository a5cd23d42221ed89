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
                "-0e5",
                "2.7605245922663193E9",
                "9007199254740993",
                "123456789012345678",
                "0.006283056173236767",
                "15134.934923282273",
                "-0.30000000000000004"
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
                "1234567890123456789",
                "12345678901234567.8e3",
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

    @Test
    void the_shortest_text_of_random_doubles_reads_back_as_the_same_double() {
        SplittableRandom random = new SplittableRandom(11);
        int fastPathHits = 0;
        for (int i = 0; i < 300_000; i++) {
            double value = random.nextDouble() * Math.pow(10, random.nextInt(-8, 16));
            String text = Double.toString(value);
            double fast = Numbers.parsePlainDecimal(text, 0, text.length());
            if (!Double.isNaN(fast)) {
                fastPathHits++;
                assertThat(Double.doubleToRawLongBits(fast)).as(text).isEqualTo(Double.doubleToRawLongBits(value));
            }
        }
        assertThat(fastPathHits).isGreaterThan(250_000);
    }

    @Test
    void random_decimals_of_seventeen_and_eighteen_digits_read_exactly_as_the_general_parser_reads_them() {
        SplittableRandom random = new SplittableRandom(3);
        int fastPathHits = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder text = new StringBuilder();
            int digits = 17 + random.nextInt(2);
            int point = random.nextInt(digits);
            text.append((char) ('1' + random.nextInt(9)));
            for (int d = 1; d < digits; d++) {
                if (d == point) {
                    text.append('.');
                }
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                text.append('E').append(random.nextInt(-20, 21));
            }
            String s = text.toString();
            double fast = Numbers.parsePlainDecimal(s, 0, s.length());
            if (!Double.isNaN(fast)) {
                fastPathHits++;
                assertThat(Double.doubleToRawLongBits(fast))
                        .as(s)
                        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
            }
        }
        assertThat(fastPathHits).isGreaterThan(100_000);
    }

    @Test
    void decimals_exactly_halfway_between_two_doubles_round_to_the_even_one() {
        // above 2^53 the doubles are 2 apart, between 2^52 and 2^53 one apart: these lie exactly on a midpoint
        String[] ties = {
            "9007199254740993.0",
            "9007199254740995.0",
            "9007199254740993.00",
            "4503599627370496.5",
            "4503599627370497.5",
            "45035996273704975E-1"
        };
        for (String text : ties) {
            double fast = Numbers.parsePlainDecimal(text, 0, text.length());
            assertThat(fast).as(text).isNotNaN();
            assertThat(Double.doubleToRawLongBits(fast))
                    .as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
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
