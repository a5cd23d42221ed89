package org.workbench.web.compare.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.workbench.web.compare.Comparison;

/** One titled part of the comparison, built once and refilled for every selection. */
abstract class CompareSection extends Div {

    CompareSection(String titleKey) {
        add(new H3(getTranslation(titleKey)));
        addClassName("compare-section");
    }

    abstract void fill(Comparison result);

    /** A scenario's column header; the base is marked. */
    String header(Comparison result, int index) {
        String label = result.scenarios().get(index).label();
        return index == result.baseIndex() ? label + " · " + getTranslation("compare.base.marker") : label;
    }
}
