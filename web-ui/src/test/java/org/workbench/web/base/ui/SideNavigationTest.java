package org.workbench.web.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The side navigation shows exactly the views each role may open; a feature adds its entries here. */
@SpringBootTest
@ActiveProfiles("test")
class SideNavigationTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_admin_sees_the_admin_entries() {
        assertThat(navigationPaths()).containsExactlyElementsOf(NavigationExpectations.ADMIN);
    }

    @Test
    @WithMockUser(roles = "PLANNER")
    void a_planner_sees_the_planning_entries() {
        assertThat(navigationPaths()).containsExactlyElementsOf(NavigationExpectations.PLANNER);
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staff_see_the_upload_entries() {
        assertThat(navigationPaths()).containsExactlyElementsOf(NavigationExpectations.STAFF);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void a_viewer_sees_only_what_can_be_read() {
        assertThat(navigationPaths()).containsExactlyElementsOf(NavigationExpectations.VIEWER);
    }

    @Test
    @WithMockUser(roles = {"PLANNER", "STAFF"})
    void a_user_with_two_roles_sees_the_entries_of_both() {
        assertThat(navigationPaths())
                .containsExactlyInAnyOrderElementsOf(
                        NavigationExpectations.union(NavigationExpectations.PLANNER, NavigationExpectations.STAFF));
    }

    private List<String> navigationPaths() {
        navigate(HomeView.class);
        SideNav nav = find(SideNav.class).single();
        return nav.getItems().stream().map(SideNavItem::getPath).toList();
    }
}
