package org.workbench.web.upload.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.workbench.web.base.ui.UserTimeZone;
import org.workbench.web.scenario.ScenarioSummary;
import org.workbench.web.upload.UploadHistoryEntry;
import org.workbench.web.upload.UploadPreview;

/**
 * Where a previewed workbook goes: a new scenario or a new version of one the user may edit, with a comment; a file
 * imported before needs a tick first. The view decides whether a file is still waiting and does the committing.
 */
class CommitForm extends Div {
    static final String NEW_SCENARIO = "new";
    static final String NEW_VERSION = "version";

    /** What the user chose: {@code version} is null for a new scenario. */
    record Choice(@Nullable ScenarioSummary version, String comment, boolean importAgain) {}

    final Button commit = new Button();
    final Checkbox importAgain = new Checkbox();
    final RadioButtonGroup<String> target = new RadioButtonGroup<>();
    final ComboBox<ScenarioSummary> scenario = new ComboBox<>();
    private final TextField comment = new TextField();
    private final Div duplicates = new Div();
    private final BooleanSupplier fileWaiting;
    private @Nullable UploadPreview shown;

    CommitForm(BooleanSupplier fileWaiting, Consumer<Choice> onCommit) {
        this.fileWaiting = fileWaiting;
        addClassName("commit-form");
        duplicates.addClassName("duplicate-notice");
        target.setLabel(getTranslation("upload.target"));
        target.setItems(NEW_SCENARIO, NEW_VERSION);
        target.setItemLabelGenerator(value -> getTranslation("upload.target." + value));
        target.setValue(NEW_SCENARIO);
        target.addValueChangeListener(e -> updateState());
        scenario.setLabel(getTranslation("upload.target.scenario"));
        scenario.setItemLabelGenerator(s -> getTranslation("upload.target.scenarioItem", s.name(), s.latestRevision()));
        scenario.setWidth("28em");
        scenario.addValueChangeListener(e -> updateState());
        comment.setLabel(getTranslation("upload.comment"));
        comment.setWidth("28em");
        comment.setMaxLength(500);
        importAgain.setLabel(getTranslation("upload.duplicate.again"));
        importAgain.setId("upload-again");
        importAgain.addValueChangeListener(e -> updateState());
        commit.setText(getTranslation("upload.commit"));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClassName("commit-button");
        commit.setId("upload-commit");
        commit.addClickListener(e -> choice().ifPresent(onCommit));
        add(duplicates, target, scenario, comment, commit);
    }

    /** Starts afresh for a preview that may be committed, offering the scenarios in {@code targets}. */
    void prepare(UploadPreview preview, List<ScenarioSummary> targets) {
        shown = preview;
        duplicates.removeAll();
        List<UploadHistoryEntry> earlier = preview.earlierCommits();
        for (UploadHistoryEntry e : earlier) {
            duplicates.add(new Paragraph(getTranslation(
                    "upload.duplicate",
                    e.fileName(),
                    UserTimeZone.dateTime(e.uploadedAt(), getLocale()),
                    e.uploadedBy(),
                    String.valueOf(e.scenarioName()),
                    String.valueOf(e.scenarioRevision()))));
        }
        importAgain.setValue(false);
        if (!earlier.isEmpty()) {
            duplicates.add(importAgain);
        }
        duplicates.setVisible(!earlier.isEmpty());
        scenario.setItems(targets);
        scenario.clear();
        target.setValue(NEW_SCENARIO);
        target.setItemEnabledProvider(value -> NEW_SCENARIO.equals(value) || !targets.isEmpty());
        comment.clear();
        updateState();
    }

    /** Nothing can be committed until the next preview. */
    void disable() {
        shown = null;
        commit.setEnabled(false);
    }

    void updateState() {
        boolean asVersion = NEW_VERSION.equals(target.getValue());
        scenario.setVisible(asVersion);
        commit.setEnabled(choice().isPresent());
    }

    private Optional<Choice> choice() {
        UploadPreview current = shown;
        if (current == null || !current.canCommit() || !fileWaiting.getAsBoolean()) {
            return Optional.empty();
        }
        if (!current.earlierCommits().isEmpty() && !importAgain.getValue()) {
            return Optional.empty();
        }
        boolean asVersion = NEW_VERSION.equals(target.getValue());
        ScenarioSummary chosen = scenario.getValue();
        if (asVersion && chosen == null) {
            return Optional.empty();
        }
        return Optional.of(new Choice(asVersion ? chosen : null, comment.getValue(), importAgain.getValue()));
    }
}
