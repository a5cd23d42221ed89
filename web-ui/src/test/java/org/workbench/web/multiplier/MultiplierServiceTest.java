package org.workbench.web.multiplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.multiplier.Derivation;
import org.workbench.domain.multiplier.InputOutputTable;
import org.workbench.domain.multiplier.MultiplierSet;
import org.workbench.importers.ImportProblem;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "stella", roles = "STAFF")
class MultiplierServiceTest {
    @Autowired
    MultiplierService service;

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_uploaded_table_is_stored_with_its_multipliers_and_derives_again_to_the_same_figures() throws Exception {
        InputOutputTable table = MultiplierFixtures.table(unique("Stored"), 2021, 20, true);
        MultiplierSet expected = MultiplierSet.derive(table);

        SetUpload result = service.upload(new ByteArrayInputStream(MultiplierFixtures.workbook(table)), "t.xlsx");

        assertThat(result).isInstanceOf(SetUpload.Stored.class);
        SetSummary stored = ((SetUpload.Stored) result).set();
        assertThat(stored.uploadedBy()).isEqualTo("stella");
        assertThat(stored.sectors()).isEqualTo(20);
        assertThat(stored.regional()).isTrue();
        assertThat(stored.sha256()).hasSize(64);
        assertThat(service.list()).extracting(SetSummary::id).contains(stored.id());
        assertThat(service.get(stored.id()).orElseThrow().multipliers()).isEqualTo(expected.multipliers());
        Derivation d = service.derivation(stored.id(), "S004", true).orElseThrow();
        assertThat(d).isEqualTo(expected.derivation(4, true));
        assertThat(service.derivation(stored.id(), "no-such-sector", false)).isEmpty();
    }

    @Test
    void the_same_name_and_vintage_again_is_refused_and_a_new_vintage_is_a_new_set() throws Exception {
        String name = unique("Vintages");
        byte[] first = MultiplierFixtures.workbook(MultiplierFixtures.table(name, 2018, 3, false));
        assertThat(service.upload(new ByteArrayInputStream(first), "a.xlsx")).isInstanceOf(SetUpload.Stored.class);
        int before = service.list().size();

        assertThat(service.upload(new ByteArrayInputStream(first), "a.xlsx"))
                .isEqualTo(new SetUpload.Duplicate(name, 2018));
        byte[] next = MultiplierFixtures.workbook(MultiplierFixtures.table(name, 2019, 3, false));
        assertThat(service.upload(new ByteArrayInputStream(next), "b.xlsx")).isInstanceOf(SetUpload.Stored.class);

        assertThat(service.list()).hasSize(before + 1);
    }

    @Test
    void an_unproductive_table_is_refused_at_the_sector_column_and_nothing_is_stored() throws Exception {
        int before = service.list().size();

        SetUpload result = service.upload(
                new ByteArrayInputStream(MultiplierFixtures.unproductive(unique("Broken"))), "broken.xlsx");

        assertThat(result).isInstanceOf(SetUpload.Refused.class);
        assertThat(((SetUpload.Refused) result).problems())
                .filteredOn(ImportProblem::isError)
                .extracting(ImportProblem::location, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Flows!C1", "io.problem.notProductive"));
        assertThat(service.list()).hasSize(before);
    }

    @Test
    @WithMockUser(username = "vera", roles = "VIEWER")
    void a_viewer_reads_sets_but_cannot_upload() {
        assertThat(service.canUpload()).isFalse();
        assertThat(service.list()).isNotNull();
        assertThatThrownBy(() -> service.upload(ByteArrayInputStream.nullInputStream(), "x.xlsx"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
