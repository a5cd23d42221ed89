package org.workbench.web.multiplier.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.workbench.web.multiplier.MultiplierService;
import org.workbench.web.multiplier.SetRemoval;
import org.workbench.web.multiplier.SetSummary;

/** Whether scenarios use the set (then it never changes) and, for its uploader or an admin, removing an unused one. */
class SetUsage extends HorizontalLayout {
    final Paragraph usage = new Paragraph();
    final Button remove = new Button();

    SetUsage(MultiplierService service, SetSummary set) {
        addClassName("set-usage");
        setAlignItems(Alignment.BASELINE);
        usage.addClassName("set-usage-text");
        long used = service.usage(set.id());
        usage.setText(
                used > 0 ? getTranslation("multiplier.set.usage", used) : getTranslation("multiplier.set.unused"));
        remove.setText(getTranslation("multiplier.set.remove"));
        remove.addClassName("set-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setVisible(service.canRemove(set.id()));
        remove.addClickListener(e -> {
            switch (service.remove(set.id())) {
                case SetRemoval.Removed r -> {
                    usage.setText(getTranslation("multiplier.set.removed", r.name(), r.vintage()));
                    remove.setEnabled(false);
                    UI.getCurrent().navigate(MultiplierSetsView.class);
                }
                case SetRemoval.InUse u ->
                    usage.setText(getTranslation("multiplier.set.inUse", u.name(), u.vintage(), u.scenarios()));
                case SetRemoval.NotFound n -> usage.setText(getTranslation("multiplier.set.notFound"));
            }
        });
        add(usage, remove);
    }
}
