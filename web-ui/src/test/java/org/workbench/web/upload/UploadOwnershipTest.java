package org.workbench.web.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.web.account.AccountAdminService;
import org.workbench.web.account.DeleteOutcome;
import org.workbench.web.account.Role;
import org.workbench.web.account.UserDetailsForm;
import org.workbench.web.account.UserSummary;
import org.workbench.web.scenario.TestScenarios;

// No mock beans: this shares the plain test context with the other service and view tests.
@SpringBootTest
@ActiveProfiles("test")
class UploadOwnershipTest {

    @Autowired
    AccountAdminService admin;

    @Autowired
    UploadService uploads;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_user_whose_upload_is_in_the_history_is_disabled_not_deleted() throws Exception {
        String uploader = unique("uploader");
        long id = createUser(uploader, Role.STAFF);
        UploadServiceTest.signIn(uploader, Role.STAFF);
        // A rejected file is enough: it stays in the history under the uploader's name, and makes no scenario.
        ReceivedFile file = uploads.receive(
                new ByteArrayInputStream(UploadFiles.withErrors(TestScenarios.evCity(unique("Owned")))), "owned.xlsx");
        UploadPreview preview = uploads.preview(file, rows -> {}).get(30, TimeUnit.SECONDS);
        assertThat(preview.rejection()).isNotNull();
        assertThat(preview.rejection().uploadedBy()).isEqualTo(uploader);

        UploadServiceTest.signIn("admin", Role.ADMIN);
        assertThat(admin.delete(id)).isEqualTo(DeleteOutcome.DISABLED_INSTEAD);

        assertThat(user(uploader).enabled()).isFalse();
    }

    @Test
    void a_user_who_never_uploaded_is_deleted() {
        String nobody = unique("no-uploads");
        long id = createUser(nobody, Role.STAFF);

        assertThat(admin.delete(id)).isEqualTo(DeleteOutcome.DELETED);

        assertThat(admin.find(nobody)).isEmpty();
    }

    private long createUser(String username, Role role) {
        UploadServiceTest.signIn("admin", Role.ADMIN);
        admin.create(new UserDetailsForm(username, "Name of " + username, null, EnumSet.of(role), Locale.ENGLISH));
        return user(username).id();
    }

    private UserSummary user(String username) {
        return admin.find(username).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
