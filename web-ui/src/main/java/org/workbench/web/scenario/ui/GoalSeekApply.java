package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.FieldKind;
import org.workbench.domain.GoalSeek;
import org.workbench.domain.InputField;
import org.workbench.domain.ItemKind;

/**
 * Puts a goal seek's value into the editor the way typing it would: through the field's bound input where there is
 * one (its binder writes the row and reports the edit), else into the row, redrawn, with the editor's edit handler
 * run. Either way the editor validates, recomputes and marks itself unsaved as after any edit.
 */
final class GoalSeekApply implements GoalSeekDialog.Apply {
    private final EditorState state;
    private final SettingsForm settings;
    private final Supplier<@Nullable ItemsEditor> industries;
    private final Supplier<@Nullable ItemsEditor> incentives;
    private final Runnable onEdit;

    /** @param industries the industries' editor, null while its tab was never opened (the same for incentives) */
    GoalSeekApply(
            EditorState state,
            SettingsForm settings,
            Supplier<@Nullable ItemsEditor> industries,
            Supplier<@Nullable ItemsEditor> incentives,
            Runnable onEdit) {
        this.state = state;
        this.settings = settings;
        this.industries = industries;
        this.incentives = incentives;
        this.onEdit = onEdit;
    }

    @Override
    public void apply(GoalSeek.Input input, double value) {
        InputField field = input.inputField();
        if (input.item() == ItemKind.SETTINGS) {
            setThrough(settings.field(field.key()), field.kind(null) == FieldKind.SHARE, value);
            settle(state.settings, field, value);
            return;
        }
        boolean industry = input.item() == ItemKind.INDUSTRY;
        List<FieldRow> rows = industry ? state.industries : state.incentives;
        @Nullable ItemsEditor editor = (industry ? industries : incentives).get();
        FieldRow row = rows.stream()
                .filter(r -> input.code() != null && input.code().equals(r.text("code")))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + input.code()));
        boolean shown = editor != null && editor.form().row() == row;
        if (shown) {
            setThrough(editor.input(field.key()), field.kind(row.type()) == FieldKind.SHARE, value);
        }
        settle(row, field, value);
        if (editor != null) {
            if (shown) {
                editor.form().refresh();
            }
            editor.grid().getDataProvider().refreshItem(row);
        }
    }

    /** Makes sure the row holds the exact value: the input's text shows it rounded to the digits it displays. */
    private void settle(FieldRow row, InputField field, double value) {
        if (!Objects.equals(row.get(field), field.normalize(value))) {
            row.set(field, value);
            onEdit.run();
        }
    }

    /** Sets a number input's text, so that it shows the value and its binder reports the edit. */
    private static void setThrough(@Nullable Component input, boolean share, double value) {
        if (input instanceof TextField text) {
            text.setValue(NumberText.format(value, share, UI.getCurrentOrThrow().getLocale()));
        }
    }
}
