package org.workbench.web.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompareRequestTest {

    @Test
    void the_url_form_reads_back_into_ids_in_their_order_and_the_base() {
        CompareRequest request = CompareRequest.parse("3, 7,9", "7");

        assertThat(request.ids()).containsExactly(3L, 7L, 9L);
        assertThat(request.baseId()).isEqualTo(7);
        assertThat(request.baseIndex()).isEqualTo(1);
        assertThat(request.idsParameter()).isEqualTo("3,7,9");
    }

    @Test
    void without_a_base_the_first_scenario_is_the_base() {
        assertThat(CompareRequest.parse("5,4", null).baseId()).isEqualTo(5);
    }

    @Test
    void a_scenario_named_twice_counts_once() {
        assertThatThrownBy(() -> CompareRequest.parse("5,5", "5")).hasMessageStartingWith("compare.error.tooFew");
    }

    @Test
    void ids_that_are_not_positive_numbers_are_named_in_the_error() {
        assertThatThrownBy(() -> CompareRequest.parse("3,x7", "3"))
                .isInstanceOfSatisfying(
                        CompareException.class, e -> assertThat(e.arguments()).containsExactly("x7"));
        assertThatThrownBy(() -> CompareRequest.parse("3,-7", "3")).isInstanceOf(CompareException.class);
        assertThatThrownBy(() -> CompareRequest.parse("3,,7", "3")).isInstanceOf(CompareException.class);
    }

    @Test
    void more_than_six_scenarios_are_refused() {
        assertThatThrownBy(() -> new CompareRequest(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), 1))
                .isInstanceOfSatisfying(CompareException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("compare.error.tooMany");
                    assertThat(e.arguments()).containsExactly(6, 7);
                });
    }

    @Test
    void a_base_outside_the_selection_is_refused() {
        assertThatThrownBy(() -> CompareRequest.parse("1,2", "3"))
                .isInstanceOfSatisfying(
                        CompareException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("compare.error.baseNotSelected"));
    }

    @Test
    void the_approved_revisions_option_in_the_link_is_read_and_written_back_and_a_wrong_one_is_named() {
        CompareRequest request = CompareRequest.parse("3,7", "7", "own", "approved");

        assertThat(request.revisions()).isEqualTo(Revisions.APPROVED);
        assertThat(request.query()).isEqualTo("ids=3,7&base=7&horizon=own&revisions=approved");
        assertThat(CompareRequest.parse("3,7", "7", null, "Approved").query())
                .isEqualTo("ids=3,7&base=7&revisions=approved");
        CompareRequest back = CompareRequest.parse("3,7", "7", null, "approved");
        assertThat(CompareRequest.parse(back.idsParameter(), "7", null, "approved"))
                .isEqualTo(back);
        assertThat(back.withHorizon(HorizonMode.PER_YEAR).revisions()).isEqualTo(Revisions.APPROVED);
        assertThat(CompareRequest.parse("3,7", null, null, null).revisions()).isEqualTo(Revisions.LATEST);
        assertThat(CompareRequest.parse("3,7", null).query()).isEqualTo("ids=3,7&base=3");
        assertThat(request.withRevisions(Revisions.LATEST).query()).isEqualTo("ids=3,7&base=7&horizon=own");
        assertThatThrownBy(() -> CompareRequest.parse("3,7", null, null, "drafts"))
                .isInstanceOfSatisfying(CompareException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("compare.error.badRevisions");
                    assertThat(e.arguments()).containsExactly("drafts");
                });
    }
}
