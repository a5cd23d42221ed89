package org.workbench.web.multiplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.Industry;
import org.workbench.domain.MultiplierType;
import org.workbench.domain.Scenario;
import org.workbench.domain.SectorLink;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

/** A set that a saved scenario links to is pinned: it stays as it is, and removing it is refused. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "pia", roles = "PLANNER")
class SetUseTest {
    @Autowired
    MultiplierService multipliers;

    @Autowired
    ScenarioService scenarios;

    private SetSummary upload(int sectors) throws Exception {
        String name = "Pinned " + UUID.randomUUID().toString().substring(0, 8);
        byte[] workbook = MultiplierFixtures.workbook(MultiplierFixtures.table(name, 2021, sectors, false));
        return ((SetUpload.Stored) multipliers.upload(new ByteArrayInputStream(workbook), "t.xlsx")).set();
    }

    private static Scenario linked(String name, SectorLink link) {
        Scenario base = TestScenarios.evCity(name);
        List<Industry> industries = new ArrayList<>(base.industries());
        industries.set(0, industries.get(0).withSectorLink(link));
        return new Scenario(base.settings(), industries, base.incentives());
    }

    @Test
    void the_picker_link_carries_the_set_vintage_sector_type_and_the_stored_multiplier() throws Exception {
        SetSummary set = upload(6);
        SetDetail detail = multipliers.get(set.id()).orElseThrow();

        SectorLink typeI =
                multipliers.link(set.id(), "S002", MultiplierType.TYPE_I).orElseThrow();
        SectorLink typeII =
                multipliers.link(set.id(), "S002", MultiplierType.TYPE_II).orElseThrow();

        assertThat(typeI.setName()).isEqualTo(set.name());
        assertThat(typeI.vintage()).isEqualTo(2021);
        assertThat(typeI.derived()).isEqualTo(detail.multipliers().get(2).typeI());
        assertThat(typeII.derived()).isEqualTo(detail.multipliers().get(2).typeII());
        assertThat(multipliers.link(set.id(), "S999", MultiplierType.TYPE_II)).isEmpty();
        assertThat(multipliers.link(-5, "S002", MultiplierType.TYPE_II)).isEmpty();
    }

    @Test
    void a_saved_link_pins_the_set_so_removing_it_is_refused_until_the_scenario_is_deleted() throws Exception {
        SetSummary set = upload(5);
        SectorLink link =
                multipliers.link(set.id(), "S001", MultiplierType.TYPE_II).orElseThrow();
        assertThat(multipliers.usage(set.id())).isZero();

        ScenarioDetail saved = scenarios.create(linked("Linked city", link), null);

        assertThat(multipliers.usage(set.id())).isEqualTo(1);
        SetRemoval refused = multipliers.remove(set.id());
        assertThat(refused).isEqualTo(new SetRemoval.InUse(set.name(), 2021, 1));
        assertThat(multipliers.get(set.id())).isPresent();
        assertThat(scenarios.get(saved.id()).scenario().industries().getFirst().sectorLink())
                .isEqualTo(link);
        assertThat(scenarios.get(saved.id()).scenario().industries().getFirst().employmentMultiplier())
                .isEqualTo(link.derived());

        scenarios.delete(saved.id());

        assertThat(multipliers.usage(set.id())).isZero();
        assertThat(multipliers.remove(set.id())).isEqualTo(new SetRemoval.Removed(set.name(), 2021));
        assertThat(multipliers.get(set.id())).isEmpty();
        assertThat(multipliers.list()).extracting(SetSummary::id).doesNotContain(set.id());
    }

    @Test
    void a_link_whose_value_or_sector_is_not_the_stored_one_refuses_the_save_and_stores_nothing() throws Exception {
        SetSummary set = upload(4);
        SectorLink real =
                multipliers.link(set.id(), "S001", MultiplierType.TYPE_II).orElseThrow();
        var forged = new SectorLink(
                real.setId(), real.setName(), real.vintage(), "S001", MultiplierType.TYPE_II, false, 9.5, false);
        var noSector = new SectorLink(
                real.setId(), real.setName(), real.vintage(), "S777", MultiplierType.TYPE_II, false, 1.5, false);
        var otherName = new SectorLink(
                real.setId(), "Another", real.vintage(), "S001", MultiplierType.TYPE_II, false, real.derived(), false);
        long before = scenarios.count(org.workbench.web.scenario.ScenarioQuery.all());

        assertThatThrownBy(() -> scenarios.create(linked("Forged", forged), null))
                .isInstanceOf(SetLinkRefusedException.class)
                .satisfies(e ->
                        assertThat(((SetLinkRefusedException) e).messageKey()).isEqualTo("multiplier.link.otherValue"));
        assertThatThrownBy(() -> scenarios.create(linked("No sector", noSector), null))
                .isInstanceOf(SetLinkRefusedException.class)
                .satisfies(e ->
                        assertThat(((SetLinkRefusedException) e).messageKey()).isEqualTo("multiplier.link.sectorGone"));
        assertThatThrownBy(() -> scenarios.create(linked("Other name", otherName), null))
                .isInstanceOf(SetLinkRefusedException.class);

        assertThat(scenarios.count(org.workbench.web.scenario.ScenarioQuery.all()))
                .isEqualTo(before);
        assertThat(multipliers.usage(set.id())).isZero();
    }

    private static void actAs(String user, String authority) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(authority))));
        SecurityContextHolder.setContext(context);
    }

    @Test
    void only_the_uploader_or_an_admin_removes_an_unused_set() throws Exception {
        SetSummary set = upload(3);
        var context = SecurityContextHolder.getContext();
        try {
            actAs("stella", "ROLE_STAFF");
            assertThat(multipliers.canRemove(set.id())).isFalse();
            assertThatThrownBy(() -> multipliers.remove(set.id())).isInstanceOf(AccessDeniedException.class);
            actAs("ada", "ROLE_ADMIN");
            assertThat(multipliers.canRemove(set.id())).isTrue();
            assertThat(multipliers.remove(set.id())).isInstanceOf(SetRemoval.Removed.class);
            assertThat(multipliers.remove(set.id())).isInstanceOf(SetRemoval.NotFound.class);
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }
}
