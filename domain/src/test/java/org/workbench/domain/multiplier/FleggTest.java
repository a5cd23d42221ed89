package org.workbench.domain.multiplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class FleggTest {
    private static final Offset<Double> FOUR_DECIMALS = within(0.00005);

    /**
     * National jobs 100 and 300 (400 in all), regional 20 and 20 (40): SLQ_1 = (20/40) / (100/400) = 2 and SLQ_2 =
     * (20/40) / (300/400) = 2/3; lambda = log2(1 + 40/400)^0.3 = 0.137504^0.3 = 0.551435.
     */
    private static InputOutputTable handCase(double delta) {
        return InputOutputTable.of(
                new SetLabel("Hand case", 2020, "made up", delta),
                List.of(
                        new Sector("S1", "One", 1000, 100, 300, 200, 20.0),
                        new Sector("S2", "Two", 2000, 300, 600, 400, 20.0)),
                new double[][] {{150, 500}, {200, 100}});
    }

    @Test
    void simple_location_quotients_and_lambda_on_a_hand_case() {
        InputOutputTable table = handCase(0.3);

        double[] slq = Flegg.simpleQuotients(table);

        assertThat(slq[0]).isCloseTo(2.0, FOUR_DECIMALS);
        assertThat(slq[1]).isCloseTo(0.6667, FOUR_DECIMALS);
        assertThat(Flegg.lambda(table)).isCloseTo(0.5514, FOUR_DECIMALS);
    }

    @Test
    void flq_cuts_only_what_the_region_cannot_supply() {
        // CILQ_12 = 2 / (2/3) = 3 and CILQ_11 = 2: times lambda above 1, kept whole;
        // CILQ_21 = 1/3: 0.551435 / 3 = 0.183812; CILQ_22 = SLQ_2 = 2/3: 0.367623
        double[][] f = Flegg.factors(handCase(0.3));

        assertThat(f[0][0]).isEqualTo(1.0);
        assertThat(f[0][1]).isEqualTo(1.0);
        assertThat(f[1][0]).isCloseTo(0.1838, FOUR_DECIMALS);
        assertThat(f[1][1]).isCloseTo(0.3676, FOUR_DECIMALS);
    }

    @Test
    void the_regional_table_uses_the_cut_coefficients() {
        MultiplierSet set = MultiplierSet.derive(handCase(0.3));

        assertThat(set.coefficient(0, 1, true)).isCloseTo(0.25, FOUR_DECIMALS);
        assertThat(set.coefficient(1, 0, true)).isCloseTo(0.20 * 0.183812, FOUR_DECIMALS);
        assertThat(set.coefficient(1, 1, true)).isCloseTo(0.05 * 0.367623, FOUR_DECIMALS);
        SectorMultipliers s1 = set.multipliers().getFirst();
        assertThat(s1.regionalOutput()).isLessThan(s1.output());
        assertThat(s1.regionalTypeI()).isLessThan(s1.typeI());
    }

    @Test
    void delta_zero_leaves_lambda_at_one() {
        assertThat(Flegg.lambda(handCase(0))).isEqualTo(1.0);
        assertThat(Flegg.factors(handCase(0))[1][0]).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void a_national_table_has_no_regional_multipliers() {
        MultiplierSet set = MultiplierSet.derive(Tables.textbook(100, 400));

        assertThat(set.regional()).isFalse();
        assertThat(set.multipliers().getFirst().regionalTypeI()).isNull();
    }
}
