package org.workbench.web.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;
import lombok.extern.slf4j.Slf4j;
import org.workbench.web.base.LogSafe;
import org.workbench.web.base.ui.MainLayout;

/**
 * What users see when a view fails: a plain message and a way home, never a stack trace or an exception message.
 * The details go to the server log under a reference the user can quote.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
@Slf4j
class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    ErrorView() {
        addClassName("error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "View error {} at /{}",
                reference,
                LogSafe.text(event.getLocation().getPath()),
                parameter.getException());
        removeAll();
        add(new H2(getTranslation("error.title")));
        add(new Paragraph(getTranslation("error.message")));
        var ref = new Paragraph("Ref. " + reference);
        ref.addClassName("error-reference");
        add(ref, new Anchor("", getTranslation("error.home")));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page-title");
    }
}
