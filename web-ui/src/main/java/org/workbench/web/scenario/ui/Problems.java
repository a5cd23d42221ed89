package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.tabs.Tab;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.ItemKind;

/** The domain's problems of one item (the settings, or a row by its position), as messages by field. */
final class Problems {
    private Problems() {}

    /** A tab's label with the count of its problems, marked so that the tab stands out while there are any. */
    static void label(Tab tab, String label, long count) {
        tab.setLabel(count == 0 ? label : label + " (" + count + ")");
        tab.getElement().getClassList().set("has-problems", count > 0);
    }

    /** Translates a problem into the user's language. */
    @FunctionalInterface
    interface Messages {
        String of(DomainProblem problem);
    }

    /** The messages of the values of one item; a problem of the item as a whole counts for its code. */
    static Map<String, String> byField(List<DomainProblem> problems, ItemKind kind, int index, Messages message) {
        var byField = new LinkedHashMap<String, String>();
        for (DomainProblem p : problems) {
            if (p.kind() == kind && (kind == ItemKind.SETTINGS || p.index() == index)) {
                String field = p.field() == null ? (kind == ItemKind.SETTINGS ? "name" : "code") : p.field();
                byField.merge(field, message.of(p), (a, b) -> a + "; " + b);
            }
        }
        return byField;
    }

    /** The messages of the ranges of one item. */
    static Map<String, String> rangesByField(
            List<EditorState.RangeProblem> problems, ItemKind kind, int index, Messages message) {
        var byField = new LinkedHashMap<String, String>();
        for (EditorState.RangeProblem p : problems) {
            if (p.kind() == kind && (kind == ItemKind.SETTINGS || p.index() == index)) {
                byField.merge(p.field(), message.of(p.problem()), (a, b) -> a + "; " + b);
            }
        }
        return byField;
    }

    /** Whether the item at this position has any problem, of its values or of its ranges. */
    static boolean any(EditorState.Checked checked, ItemKind kind, int index) {
        return checked.values().stream().anyMatch(p -> p.kind() == kind && p.index() == index)
                || checked.ranges().stream().anyMatch(p -> p.kind() == kind && p.index() == index);
    }
}
