package org.workbench.web.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;
import org.workbench.web.base.i18n.SupportedLocales;

/** English / 简体中文 picker; the page reloads so that every text is drawn again in the new language. */
public final class LanguageSwitch extends Select<Locale> {

    private LanguageSwitch(Consumer<Locale> remember) {
        addClassName("language-switch");
        setItems(SupportedLocales.ALL);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setAriaLabel(getTranslation("language.label"));
        setValue(SupportedLocales.resolve(UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                remember.accept(event.getValue());
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    /**
     * Set in the session when a language was picked before signing in: that choice then wins over the account's
     * saved language for the rest of the session (see {@link UserLocaleInitListener}).
     */
    static final String CHOSEN_BEFORE_SIGN_IN = LanguageSwitch.class.getName() + ".chosenBeforeSignIn";

    /**
     * For the login page: the choice lasts for the browser session, also after signing in, and leaves the
     * account's saved language as it is (the switch in the header, once signed in, is the one that saves).
     */
    public static LanguageSwitch forAnonymous() {
        return new LanguageSwitch(locale -> VaadinSession.getCurrent().setAttribute(CHOSEN_BEFORE_SIGN_IN, locale));
    }

    /** For a signed-in user: the choice is also stored with the account. */
    public static LanguageSwitch remembering(Consumer<Locale> store) {
        return new LanguageSwitch(store);
    }
}
