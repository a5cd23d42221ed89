package org.workbench.domain.multiplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostileTablesTest {

    private static List<TableProblem> refused(Runnable build) {
        List<TableProblem> problems = new ArrayList<>();
        assertThatThrownBy(build::run)
                .isInstanceOfSatisfying(TableRefusedException.class, e -> problems.addAll(e.problems()));
        return problems;
    }

    @Test
    void a_sector_that_uses_more_than_it_makes_is_refused_by_name() {
        InputOutputTable table = InputOutputTable.of(
                Tables.label(),
                List.of(Tables.sector("S1", 1000, 10, 0, 0), Tables.sector("S2", 2000, 10, 0, 0)),
                new double[][] {{150, 1500}, {200, 600}});

        List<TableProblem> problems = refused(() -> MultiplierSet.derive(table));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("io.problem.notProductive");
            assertThat(p.sector()).isEqualTo("S2");
            assertThat((double) p.args().getFirst()).isEqualTo(1.05);
        });
    }

    @Test
    void a_column_sum_of_exactly_one_is_refused() {
        InputOutputTable table =
                InputOutputTable.of(Tables.label(), List.of(Tables.sector("S", 100, 10, 0, 0)), new double[][] {{100}});

        assertThat(refused(() -> MultiplierSet.derive(table)))
                .extracting(TableProblem::messageKey, TableProblem::sector)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("io.problem.notProductive", "S"));
    }

    @Test
    void households_that_consume_more_than_they_earn_can_make_the_closed_table_unproductive() {
        // a = 0.5, w/x = 0.6, c/w = 1.5: I - A-bar = [[0.5, -1.5], [-0.6, 1]] has det 0.5 - 0.9 < 0
        InputOutputTable table = InputOutputTable.of(
                Tables.label(), List.of(Tables.sector("S", 100, 10, 60, 90)), new double[][] {{50}});

        List<TableProblem> problems = refused(() -> MultiplierSet.derive(table));

        assertThat(problems).isNotEmpty();
        assertThat(problems.getFirst().messageKey()).startsWith("io.problem.households");
    }

    @Test
    void bad_values_are_all_reported_with_their_sector_and_none_is_compared_with_a_broken_one() {
        List<TableProblem> problems = refused(() -> new Sector("X", "", -1, Double.NaN, -2, 3, 5.0));

        assertThat(problems)
                .extracting(TableProblem::sector, TableProblem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("X", "name"),
                        org.assertj.core.groups.Tuple.tuple("X", "output"),
                        org.assertj.core.groups.Tuple.tuple("X", "employment"),
                        org.assertj.core.groups.Tuple.tuple("X", "householdIncome"));
    }

    @Test
    void infinite_negative_and_missing_flows_duplicate_codes_and_partial_regions_are_refused() {
        List<Sector> sectors = List.of(
                new Sector("A", "A", 10, 1, 0, 0, 1.0),
                new Sector("A", "A again", 10, 1, 0, 0, null),
                new Sector("C", "C", 10, 1, 0, 0, 1.0));

        List<TableProblem> problems = refused(() -> InputOutputTable.of(Tables.label(), sectors, new double[][] {
            {0, Double.POSITIVE_INFINITY, 0}, {0, -1, 0}, {0, 0, 0}
        }));

        assertThat(problems)
                .extracting(TableProblem::messageKey)
                .containsExactly(
                        "io.problem.duplicateCode",
                        "io.problem.regionalAllOrNone",
                        "io.problem.atLeastZero",
                        "io.problem.atLeastZero");
        assertThat(problems.get(2).toSector()).isEqualTo("A");
        assertThat(problems.get(3).field()).isEqualTo("flow");
    }

    @Test
    void a_ragged_flow_table_is_refused() {
        assertThat(refused(() -> InputOutputTable.of(
                        Tables.label(),
                        List.of(Tables.sector("A", 10, 1, 0, 0), Tables.sector("B", 10, 1, 0, 0)),
                        new double[][] {{0, 0}, {0}})))
                .extracting(TableProblem::messageKey)
                .containsExactly("io.problem.notSquare");
    }

    @Test
    void an_inflated_table_is_refused_before_any_matrix_is_made() {
        List<Sector> many = new ArrayList<>();
        for (int i = 0; i <= InputOutputTable.MAX_SECTORS; i++) {
            many.add(Tables.sector("S" + i, 10, 1, 0, 0));
        }
        assertThat(refused(() -> InputOutputTable.of(Tables.label(), many, new double[0][0])))
                .extracting(TableProblem::messageKey)
                .containsExactly("io.problem.tooManySectors");
    }

    @Test
    void regional_jobs_above_national_ones_and_a_delta_of_one_are_refused() {
        assertThat(refused(() -> new Sector("S", "S", 10, 5, 0, 0, 6.0)))
                .extracting(TableProblem::messageKey)
                .containsExactly("io.problem.regionAboveNation");
        assertThat(refused(() -> new SetLabel("Set", 2020, "src", 1.0)))
                .extracting(TableProblem::messageKey)
                .containsExactly("io.problem.delta");
        assertThat(refused(() -> new SetLabel(" ", 1800, "", Double.NaN)))
                .extracting(TableProblem::field)
                .containsExactly("setName", "vintage", "source", "delta");
    }
}
