package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A tab of the editor whose content is made when the tab is first opened, or when something needs it sooner (a
 * goal seek into one of its fields, a test). Most editors are opened to read the settings and the results, and an
 * item editor with its grid and form costs a session a hundred and more state nodes on the server.
 */
final class LazyTab<T extends Component> {
    private final Supplier<T> make;
    private final Div holder = new Div();
    private final Tab tab;
    private @Nullable T content;

    LazyTab(TabSheet tabs, String label, Supplier<T> make) {
        this.make = make;
        holder.setWidthFull();
        tab = tabs.add(label, holder);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == tab) {
                get();
            }
        });
    }

    Tab tab() {
        return tab;
    }

    T get() {
        T made = content;
        if (made == null) {
            made = make.get();
            content = made;
            holder.add(made);
        }
        return made;
    }

    /** Runs {@code action} on the content if it has been made; content made later reads the state then. */
    void ifMade(Consumer<T> action) {
        T made = content;
        if (made != null) {
            action.accept(made);
        }
    }

    @Nullable
    T made() {
        return content;
    }
}
