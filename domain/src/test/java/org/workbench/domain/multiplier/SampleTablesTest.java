package org.workbench.domain.multiplier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleTablesTest {

    @Test
    void the_illustrative_table_derives_with_regional_multipliers_below_the_national_ones() {
        InputOutputTable table = SampleTables.illustrativeRegional();
        MultiplierSet set = MultiplierSet.derive(table);

        assertThat(table.size()).isEqualTo(12);
        assertThat(table.label().source()).contains("Illustrative", "not official data");
        assertThat(set.regional()).isTrue();
        for (SectorMultipliers m : set.multipliers()) {
            assertThat(m.typeII()).as(m.code()).isGreaterThanOrEqualTo(m.typeI());
            assertThat(m.typeI()).as(m.code()).isGreaterThanOrEqualTo(1);
            assertThat(m.regionalTypeI()).as(m.code()).isLessThan(m.typeI()).isGreaterThanOrEqualTo(1);
            // few jobs per unit of output in food, utilities and chemicals, many in the farms and services they draw on
            // through households: their multipliers run high, but not without bound
            assertThat(m.typeII()).as(m.code()).isLessThan(40);
        }
    }

    @Test
    void the_city_region_is_concentrated_in_electronics() {
        InputOutputTable table = SampleTables.illustrativeRegional();
        double[] slq = Flegg.simpleQuotients(table);

        assertThat(slq[table.position("C39").orElseThrow()]).isGreaterThan(3);
        assertThat(slq[table.position("B06").orElseThrow()]).isLessThan(1);
    }
}
