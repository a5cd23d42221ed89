package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SectorLinkTest {
    private static SectorLink link(double derived) {
        return new SectorLink(7, "Illustrative region", 2020, "C13", MultiplierType.TYPE_II, true, derived, false);
    }

    @Test
    void a_linked_industry_takes_the_sector_multiplier_and_keeps_the_link() {
        Industry linked = Fixtures.industry("MFG").withSectorLink(link(1.8731));

        assertThat(linked.employmentMultiplier()).isEqualTo(1.8731);
        assertThat(linked.sectorLink()).isEqualTo(link(1.8731));
        assertThat(Industry.Draft.of(linked).toIndustry()).isEqualTo(linked);
    }

    @Test
    void a_multiplier_that_differs_from_the_linked_sector_is_a_problem_unless_overridden() {
        var draft = new Industry.Draft("MFG", "Making", 0.0, 1e5, 0.0, 0.0, 0.1, 2.5, 0.0, link(1.8731));

        assertThat(Industry.problems(draft)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("employmentMultiplier");
            assertThat(p.messageKey()).isEqualTo("problem.linkedMultiplier");
            assertThat(p.args()).containsExactly(2.5, 1.8731, "C13");
        });

        var overridden = new Industry.Draft(
                "MFG", "Making", 0.0, 1e5, 0.0, 0.0, 0.1, 2.5, 0.0, link(1.8731).withOverride(true));
        assertThat(Industry.problems(overridden)).isEmpty();
        assertThat(overridden.toIndustry().employmentMultiplier()).isEqualTo(2.5);
        assertThatThrownBy(() -> new Industry("MFG", "Making", 0, 1e5, 0, 0, 0.1, 2.5, 0, link(1.8731)))
                .isInstanceOf(ScenarioInvalidException.class);
    }

    @Test
    void an_override_keeps_the_typed_value_and_withdrawing_it_takes_the_sector_again() {
        Industry typed = Fixtures.industry("MFG").withSectorLink(link(1.8731).withOverride(true));
        assertThat(typed.employmentMultiplier()).isEqualTo(1.0);

        Industry back = typed.withSectorLink(link(1.8731));
        assertThat(back.employmentMultiplier()).isEqualTo(1.8731);
        assertThat(back.withSectorLink(null).sectorLink()).isNull();
    }

    @Test
    void a_link_refuses_parts_that_could_not_pin_a_set() {
        assertThatThrownBy(() -> new SectorLink(0, "A", 2020, "C1", MultiplierType.TYPE_I, false, 1.2, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SectorLink(1, " ", 2020, "C1", MultiplierType.TYPE_I, false, 1.2, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SectorLink(1, "A", 1800, "C1", MultiplierType.TYPE_I, false, 1.2, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SectorLink(1, "A", 2020, "C\u00001", MultiplierType.TYPE_I, false, 1.2, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SectorLink(1, "A", 2020, "C1", MultiplierType.TYPE_I, false, 0.9, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SectorLink(1, "A", 2020, "C1", null, false, 1.2, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new SectorLink(1, "A".repeat(201), 2020, "C1", MultiplierType.TYPE_I, false, 1.2, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_type_is_read_from_the_spellings_a_workbook_may_use() {
        assertThat(MultiplierType.parse("II")).isEqualTo(MultiplierType.TYPE_II);
        assertThat(MultiplierType.parse("type i")).isEqualTo(MultiplierType.TYPE_I);
        assertThat(MultiplierType.parse("I型")).isEqualTo(MultiplierType.TYPE_I);
        assertThat(MultiplierType.parse("2")).isEqualTo(MultiplierType.TYPE_II);
        assertThat(MultiplierType.parse("III")).isNull();
    }
}
