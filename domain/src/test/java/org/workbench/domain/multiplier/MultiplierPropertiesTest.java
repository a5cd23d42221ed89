package org.workbench.domain.multiplier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random productive tables from fixed seeds: a failure names its seed and can be replayed. */
class MultiplierPropertiesTest {
    private static final double ROUND_OFF = 1e-9;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946})
    void type_two_is_at_least_type_one_which_is_at_least_one(long seed) {
        int n = 2 + (int) (seed % 37);
        MultiplierSet set = MultiplierSet.derive(Tables.random(seed, n, seed % 2 == 0));

        for (SectorMultipliers m : set.multipliers()) {
            assertThat(m.output()).as(m.code()).isGreaterThanOrEqualTo(1 - ROUND_OFF);
            if (m.typeI() != null) {
                assertThat(m.typeI()).as(m.code()).isGreaterThanOrEqualTo(1 - ROUND_OFF);
                assertThat(m.typeII()).as(m.code()).isGreaterThanOrEqualTo(m.typeI() - ROUND_OFF);
            }
            if (m.regionalTypeI() != null) {
                assertThat(m.regionalTypeI()).as(m.code()).isGreaterThanOrEqualTo(1 - ROUND_OFF);
                assertThat(m.regionalTypeII()).as(m.code()).isGreaterThanOrEqualTo(m.regionalTypeI() - ROUND_OFF);
                // a region buys part of its inputs elsewhere: its multipliers cannot exceed the nation's
                assertThat(m.regionalTypeI()).as(m.code()).isLessThanOrEqualTo(m.typeI() + ROUND_OFF);
                assertThat(m.regionalOutput()).as(m.code()).isLessThanOrEqualTo(m.output() + ROUND_OFF);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void the_leontief_inverse_times_i_minus_a_is_the_identity(long seed) {
        int n = 25;
        MultiplierSet set = MultiplierSet.derive(Tables.random(seed, n, false));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double product = 0;
                for (int k = 0; k < n; k++) {
                    double iMinusA = (k == j ? 1 : 0) - set.coefficient(k, j, false);
                    product += set.leontief(i, k, false) * iMinusA;
                }
                assertThat(product).isCloseTo(i == j ? 1 : 0, org.assertj.core.api.Assertions.within(1e-9));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {17, 18, 19})
    void type_two_equals_the_one_from_inverting_the_closed_table_whole(long seed) {
        int n = 30;
        InputOutputTable table = Tables.random(seed, n, false);
        MultiplierSet set = MultiplierSet.derive(table);
        double income =
                table.sectors().stream().mapToDouble(Sector::householdIncome).sum();
        org.ejml.data.DMatrixRMaj iMinusBar = org.ejml.dense.row.CommonOps_DDRM.identity(n + 1);
        for (int i = 0; i < n; i++) {
            Sector s = table.sectors().get(i);
            for (int j = 0; j < n; j++) {
                iMinusBar.add(i, j, -set.coefficient(i, j, false));
            }
            iMinusBar.add(n, i, -s.householdIncome() / s.output());
            iMinusBar.add(i, n, -s.householdConsumption() / income);
        }
        org.assertj.core.api.Assertions.assertThat(org.ejml.dense.row.CommonOps_DDRM.invert(iMinusBar))
                .isTrue();
        for (int j = 0; j < n; j++) {
            SectorMultipliers m = set.multipliers().get(j);
            if (m.typeII() == null) {
                continue;
            }
            double jobs = 0;
            for (int i = 0; i < n; i++) {
                jobs += table.sectors().get(i).employmentCoefficient() * iMinusBar.get(i, j);
            }
            double expected = jobs / table.sectors().get(j).employmentCoefficient();
            assertThat(m.typeII()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
        }
    }
}
