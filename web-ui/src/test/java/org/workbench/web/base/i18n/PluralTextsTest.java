package org.workbench.web.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.workbench.web.base.Formats;

/** Counts read as people write them: "1 error", "2 errors", "no warnings" in English; Chinese has no plural. */
class PluralTextsTest {
    private final WorkbenchI18nProvider i18n = new WorkbenchI18nProvider();

    @Test
    void one_problem_is_singular_and_several_are_plural_in_english() {
        assertThat(i18n.getTranslation("upload.problems.title", Locale.ENGLISH, 1, 1))
                .isEqualTo("Problems: 1 error, 1 warning");
        assertThat(i18n.getTranslation("upload.problems.title", Locale.ENGLISH, 2, 0))
                .isEqualTo("Problems: 2 errors, no warnings");
        assertThat(i18n.getTranslation("upload.problems.title", Locale.ENGLISH, 1234, 3))
                .isEqualTo("Problems: 1,234 errors, 3 warnings");
        assertThat(i18n.getTranslation("upload.history.rejected", Locale.ENGLISH, 1))
                .isEqualTo("Rejected: 1 error");
        assertThat(i18n.getTranslation("upload.rejected", Locale.ENGLISH, 1)).contains("it has 1 error. Correct it in");
        assertThat(i18n.getTranslation("audit.count", Locale.ENGLISH, 1L)).isEqualTo("1 entry");
        assertThat(i18n.getTranslation("audit.count", Locale.ENGLISH, 0L)).isEqualTo("No entries");
        assertThat(i18n.getTranslation("login.locked.message", Locale.ENGLISH, 1L))
                .isEqualTo("Too many failed attempts. Try again in 1 minute.");
        assertThat(i18n.getTranslation("login.locked.message", Locale.ENGLISH, 15L))
                .contains("in 15 minutes");
    }

    @Test
    void chinese_counts_have_one_form() {
        assertThat(i18n.getTranslation("upload.problems.title", Locale.SIMPLIFIED_CHINESE, 1, 2))
                .isEqualTo("问题：1 个错误，2 个警告");
        assertThat(i18n.getTranslation("upload.history.rejected", Locale.SIMPLIFIED_CHINESE, 1))
                .isEqualTo("已拒绝：1 个错误");
    }

    @Test
    void a_file_under_a_kilobyte_is_shown_in_bytes() {
        assertThat(Formats.fileSize(23, Locale.ENGLISH)).isEqualTo("23 bytes");
        assertThat(Formats.fileSize(1, Locale.ENGLISH)).isEqualTo("1 byte");
        assertThat(Formats.fileSize(23, Locale.SIMPLIFIED_CHINESE)).isEqualTo("23 字节");
        assertThat(Formats.fileSize(1023, Locale.ENGLISH)).isEqualTo("1,023 bytes");
        assertThat(Formats.fileSize(1536, Locale.ENGLISH)).isEqualTo("1.5 KB");
        assertThat(Formats.fileSize(5 * 1024 * 1024, Locale.ENGLISH)).isEqualTo("5 MB");
    }
}
