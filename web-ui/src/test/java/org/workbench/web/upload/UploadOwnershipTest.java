package org.workbench.web.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.web.TestUsers.account;
import static org.workbench.web.TestUsers.createAccount;
import static org.workbench.web.TestUsers.signIn;

import java.io.ByteArrayInputStream;
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
        long id = createAccount(admin, uploader, Role.STAFF);
        signIn(uploader, Role.STAFF);
        // A rejected file is enough: it stays in the history under the uploader's name, and makes no scenario.
        ReceivedFile file = uploads.receive(
                new ByteArrayInputStream(UploadFiles.withErrors(TestScenarios.evCity(unique("Owned")))), "owned.xlsx");
        UploadPreview preview = uploads.preview(file, rows -> {}).get(30, TimeUnit.SECONDS);
        assertThat(preview.rejection()).isNotNull();
        assertThat(preview.rejection().uploadedBy()).isEqualTo(uploader);

        signIn("admin", Role.ADMIN);
        assertThat(admin.delete(id)).isEqualTo(DeleteOutcome.DISABLED_INSTEAD);

        assertThat(account(admin, uploader).enabled()).isFalse();
    }

    @Test
    void a_user_who_never_uploaded_is_deleted() {
        String nobody = unique("no-uploads");
        long id = createAccount(admin, nobody, Role.STAFF);

        assertThat(admin.delete(id)).isEqualTo(DeleteOutcome.DELETED);

        assertThat(admin.find(nobody)).isEmpty();
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
