package org.workbench.web.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** What the product is for, and the questions it answers. */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView() {
        addClassName("home-view");
        add(new H2(getTranslation("home.title")));
        add(new Paragraph(getTranslation("home.intro")));
        add(new Paragraph(getTranslation("home.question")));
        var cards = new Div();
        cards.addClassName("home-cards");
        for (String card : new String[] {"jobs", "fiscal", "people", "risk"}) {
            var box = new Div(
                    new H3(getTranslation("home.card." + card + ".title")),
                    new Paragraph(getTranslation("home.card." + card + ".text")));
            box.addClassName("home-card");
            cards.add(box);
        }
        add(cards);
        add(new Paragraph(getTranslation("home.illustrative")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }
}
