package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.workbench.web.scenario.ScenarioConflictException;
import org.workbench.web.scenario.ScenarioVersionSummary;

/**
 * Somebody saved the scenario while this user was editing it. Shows who and what they changed; the user's own edits
 * stay in the editor whatever is chosen, unless they explicitly take the other version.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(ScenarioConflictException conflict, Runnable saveAsCopy, Runnable takeTheirs) {
        addClassName("conflict-dialog");
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("scenario.conflict.title"));
        setWidth("min(56rem, 95vw)");
        add(new Paragraph(getTranslation("scenario.conflict.intro")));
        var who = new UnorderedList();
        who.addClassName("conflict-versions");
        for (ScenarioVersionSummary v : conflict.newerVersions()) {
            String comment = v.comment() == null ? "" : " — “" + v.comment() + "”";
            who.add(new ListItem(getTranslation(
                            "scenario.conflict.version",
                            v.revision(),
                            v.author(),
                            Display.time(v.createdAt(), getLocale()))
                    + comment));
        }
        add(who);
        add(new Paragraph(getTranslation("scenario.conflict.theirChanges")));
        var changes = new ChangesGrid();
        changes.show(conflict.theirChanges());
        add(changes);
        add(new Paragraph(getTranslation("scenario.conflict.yours")));

        var copy = new Button(getTranslation("scenario.conflict.saveAsCopy"), e -> {
            close();
            saveAsCopy.run();
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.addClassName("conflict-save-copy");
        var reload = new Button(getTranslation("scenario.conflict.reload"), e -> {
            close();
            takeTheirs.run();
        });
        reload.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reload.addClassName("conflict-reload");
        reload.setId("conflict-reload");
        var keep = new Button(getTranslation("scenario.conflict.keepEditing"), e -> close());
        keep.addClassName("conflict-keep");
        getFooter().add(keep, reload, copy);
    }
}
