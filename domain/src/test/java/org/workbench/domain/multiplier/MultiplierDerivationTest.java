package org.workbench.domain.multiplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class MultiplierDerivationTest {
    private static final Offset<Double> FOUR_DECIMALS = within(0.00005);

    @Test
    void the_textbook_table_has_the_textbook_leontief_inverse_to_four_decimals() {
        MultiplierSet set = MultiplierSet.derive(Tables.textbook(100, 400));

        assertThat(set.coefficient(0, 0, false)).isCloseTo(0.15, FOUR_DECIMALS);
        assertThat(set.coefficient(0, 1, false)).isCloseTo(0.25, FOUR_DECIMALS);
        assertThat(set.coefficient(1, 0, false)).isCloseTo(0.20, FOUR_DECIMALS);
        assertThat(set.coefficient(1, 1, false)).isCloseTo(0.05, FOUR_DECIMALS);
        assertThat(set.leontief(0, 0, false)).isCloseTo(1.2541, FOUR_DECIMALS);
        assertThat(set.leontief(0, 1, false)).isCloseTo(0.3300, FOUR_DECIMALS);
        assertThat(set.leontief(1, 0, false)).isCloseTo(0.2640, FOUR_DECIMALS);
        assertThat(set.leontief(1, 1, false)).isCloseTo(1.1221, FOUR_DECIMALS);
        assertThat(set.multipliers().get(0).output()).isCloseTo(1.5182, FOUR_DECIMALS);
        assertThat(set.multipliers().get(1).output()).isCloseTo(1.4521, FOUR_DECIMALS);
    }

    @Test
    void the_textbook_final_demand_needs_the_textbook_output() {
        MultiplierSet set = MultiplierSet.derive(Tables.textbook(100, 400));
        double[] demand = {350, 1700};
        double[] output = new double[2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                output[i] += set.leontief(i, j, false) * demand[j];
            }
        }
        assertThat(output[0]).isCloseTo(1000, within(1e-9));
        assertThat(output[1]).isCloseTo(2000, within(1e-9));
    }

    @Test
    void type_one_employment_multipliers_follow_the_leontief_columns() {
        // eps = [0.1, 0.2]; L = [[0.95, 0.25], [0.20, 0.85]] / 0.7575 (det of I - A);
        // Type I of S1 = (0.1 * 1.254125 + 0.2 * 0.264026) / 0.1 = 1.782178,
        // Type I of S2 = (0.1 * 0.330033 + 0.2 * 1.122112) / 0.2 = 1.287129
        MultiplierSet set = MultiplierSet.derive(Tables.textbook(100, 400));

        assertThat(set.multipliers().get(0).typeI()).isCloseTo(1.7822, FOUR_DECIMALS);
        assertThat(set.multipliers().get(1).typeI()).isCloseTo(1.2871, FOUR_DECIMALS);
    }

    @Test
    void type_two_closes_the_table_for_households_on_a_hand_case() {
        // one sector: a = 0.2, household row w/x = 0.5, household column c/w = 0.4;
        // I - A-bar = [[0.8, -0.4], [-0.5, 1]], det 0.6, L-bar_11 = 1 / 0.6 = 1.6667; L = 1 / 0.8 = 1.25
        InputOutputTable table = InputOutputTable.of(
                Tables.label(), List.of(Tables.sector("S", 100, 10, 50, 20)), new double[][] {{20}});

        SectorMultipliers m = MultiplierSet.derive(table).multipliers().getFirst();

        assertThat(m.output()).isCloseTo(1.25, FOUR_DECIMALS);
        assertThat(m.typeI()).isCloseTo(1.25, FOUR_DECIMALS);
        assertThat(m.typeII()).isCloseTo(1.6667, FOUR_DECIMALS);
    }

    @Test
    void without_household_income_type_two_equals_type_one() {
        InputOutputTable table = InputOutputTable.of(
                Tables.label(),
                List.of(Tables.sector("S1", 1000, 100, 0, 200), Tables.sector("S2", 2000, 400, 0, 400)),
                new double[][] {{150, 500}, {200, 100}});

        for (SectorMultipliers m : MultiplierSet.derive(table).multipliers()) {
            assertThat(m.typeII()).isCloseTo(m.typeI(), within(1e-12));
        }
    }

    @Test
    void a_sector_without_jobs_has_no_employment_multiplier_but_an_output_multiplier() {
        SectorMultipliers m =
                MultiplierSet.derive(Tables.textbook(0, 400)).multipliers().getFirst();

        assertThat(m.typeI()).isNull();
        assertThat(m.typeII()).isNull();
        assertThat(m.output()).isCloseTo(1.5182, FOUR_DECIMALS);
    }

    @Test
    void the_derivation_sums_to_the_multiplier() {
        MultiplierSet set = MultiplierSet.derive(Tables.random(7, 12, false));
        for (int j = 0; j < 12; j++) {
            Derivation d = set.derivation(j, false);
            SectorMultipliers m = set.multipliers().get(j);
            double jobs = d.rows().stream().mapToDouble(Derivation.Row::jobs).sum();
            double closed =
                    d.rows().stream().mapToDouble(Derivation.Row::jobsClosed).sum();
            assertThat(d.rows()).hasSize(12);
            assertThat(d.rows().get(j).leontief()).isEqualTo(set.leontief(j, j, false));
            if (m.typeI() != null) {
                assertThat(jobs / d.ownCoefficient()).isCloseTo(m.typeI(), within(1e-9));
                assertThat(closed / d.ownCoefficient()).isCloseTo(m.typeII(), within(1e-9));
            }
        }
    }
}
