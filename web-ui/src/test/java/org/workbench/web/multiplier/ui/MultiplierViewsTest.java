package org.workbench.web.multiplier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.multiplier.MultiplierSet;
import org.workbench.domain.multiplier.SampleTables;
import org.workbench.web.multiplier.MultiplierFixtures;
import org.workbench.web.multiplier.MultiplierService;
import org.workbench.web.multiplier.SetSummary;
import org.workbench.web.multiplier.SetUpload;

/** The sets list, the upload outcomes and a set's page, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "stella", roles = "STAFF")
class MultiplierViewsTest extends SpringBrowserlessTest {
    @Autowired
    MultiplierService service;

    private SetSummary demoSet() {
        return service.list().stream()
                .filter(s -> s.name()
                        .equals(SampleTables.illustrativeRegional().label().name()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_list_shows_the_demo_set_and_staff_get_the_upload() {
        MultiplierSetsView view = navigate(MultiplierSetsView.class);

        assertThat(find(Upload.class).all()).hasSize(1);
        int row = service.list().indexOf(demoSet());
        assertThat(test(view.grid()).getCellText(row, 0)).isEqualTo("Illustrative regional table");
        assertThat(test(view.grid()).getCellText(row, 3)).isEqualTo("12");
        assertThat(test(view.grid()).getCellText(row, 5)).isEqualTo("planner");
    }

    @Test
    @WithMockUser(username = "vera", roles = "VIEWER")
    void viewers_see_the_sets_without_the_upload() {
        navigate(MultiplierSetsView.class);

        assertThat(find(Upload.class).all()).isEmpty();
    }

    @Test
    void a_refused_upload_lists_its_problems_at_their_cells() throws Exception {
        MultiplierSetsView view = navigate(MultiplierSetsView.class);
        String name = "Broken " + UUID.randomUUID();

        view.show(service.upload(new ByteArrayInputStream(MultiplierFixtures.unproductive(name)), "broken.xlsx"));

        assertThat(find(Paragraph.class)
                        .withClassName("upload-refused")
                        .single()
                        .getText())
                .contains("refused");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<org.workbench.importers.ImportProblem>)
                find(com.vaadin.flow.component.grid.Grid.class)
                        .withClassName("problem-grid")
                        .single();
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Flows!C1");
        assertThat(test(grid).getCellText(0, 4)).contains("column sum of A");
    }

    @Test
    void a_set_page_shows_the_multipliers_and_the_first_sectors_derivation() {
        SetSummary set = demoSet();
        MultiplierSet derived = MultiplierSet.derive(SampleTables.illustrativeRegional());

        MultiplierSetView view = navigate(MultiplierSetView.class, java.util.Map.of("id", String.valueOf(set.id())));

        assertThat(test(view.grid()).size()).isEqualTo(12);
        assertThat(test(view.grid()).getCellText(0, 0)).isEqualTo("A01");
        assertThat(test(view.grid()).getCellText(0, 4))
                .isEqualTo(MultiplierSetView.format(
                        derived.multipliers().getFirst().typeII(), java.util.Locale.ENGLISH));
        assertThat(String.valueOf(view.chartOption())).contains("Type II employment");
        DerivationPanel panel = view.derivation();
        assertThat(panel).isNotNull();
        assertThat(test(panel.rows).size()).isEqualTo(12);
        assertThat(panel.typeI.getText())
                .startsWith("Type I of A01 = ")
                .endsWith(MultiplierSetView.format(
                        derived.multipliers().getFirst().typeI(), java.util.Locale.ENGLISH));

        panel.regional.setValue(true);

        assertThat(panel.typeI.getText())
                .endsWith(MultiplierSetView.format(
                        derived.multipliers().getFirst().regionalTypeI(), java.util.Locale.ENGLISH));
    }

    @Test
    void an_unknown_set_says_so() {
        navigate(MultiplierSetView.class, java.util.Map.of("id", "-1"));

        assertThat(find(Paragraph.class).withClassName("set-not-found").all()).hasSize(1);
    }

    @Test
    void the_page_of_a_500_sector_set_opens_and_prints_how_long_it_took() throws Exception {
        String name = "Large " + UUID.randomUUID().toString().substring(0, 8);
        byte[] workbook = MultiplierFixtures.workbook(MultiplierFixtures.table(name, 2022, 500, true));
        SetUpload stored = service.upload(new ByteArrayInputStream(workbook), "large.xlsx");
        long id = ((SetUpload.Stored) stored).set().id();
        // as on a fresh server: the derived set is no longer cached
        MultiplierFixtures.crowdOutCache(service);

        long t0 = System.nanoTime();
        service.get(id).orElseThrow();
        long t1 = System.nanoTime();
        service.derivation(id, "S000", true).orElseThrow();
        long t2 = System.nanoTime();
        System.out.printf(
                "500 sectors: get %d ms, derivation uncached %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        MultiplierFixtures.crowdOutCache(service);
        long started = System.nanoTime();
        MultiplierSetView view = navigate(MultiplierSetView.class, java.util.Map.of("id", String.valueOf(id)));
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("Set page of a 500-sector regional set, server side, uncached: %d ms%n", millis);
        assertThat(test(view.grid()).size()).isEqualTo(500);
        assertThat(test(view.derivation().rows).size()).isEqualTo(500);
    }
}
