package org.workbench.web.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;

/**
 * Looks a key up in the UI's own bundle and in those of the modules (domain messages, importer problems), so that
 * each module keeps its texts beside its code. Every bundle has an English and a Simplified Chinese file.
 */
@Component
@Slf4j
public class WorkbenchI18nProvider implements I18NProvider {
    /** Searched in this order; a feature adds its bundle here. */
    static final List<String> BUNDLES = List.of(
            "i18n/messages",
            "i18n/account",
            "i18n/audit",
            "i18n/scenario",
            "i18n/review",
            "i18n/analysis",
            "i18n/compare",
            "i18n/upload",
            "i18n/multiplier",
            "i18n/report",
            "i18n/risk",
            "i18n/monitoring",
            "i18n/explain",
            "i18n/domain",
            "i18n/importers");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale resolved = SupportedLocales.resolve(locale);
        for (ResourceBundle bundle : bundles(resolved)) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, resolved).format(params);
            }
        }
        log.warn("No translation for '{}' in {}", key, resolved);
        return "!" + key + "!";
    }

    public boolean hasTranslation(String key) {
        return bundles(SupportedLocales.ENGLISH).stream().anyMatch(bundle -> bundle.containsKey(key));
    }

    private static List<ResourceBundle> bundles(Locale locale) {
        var found = new ArrayList<ResourceBundle>(BUNDLES.size());
        for (String name : BUNDLES) {
            try {
                // ResourceBundle caches loaded bundles, so this stays cheap per call.
                found.add(ResourceBundle.getBundle(name, locale, NO_FALLBACK));
            } catch (MissingResourceException absent) {
                // A feature that has not shipped its bundle yet.
            }
        }
        return found;
    }
}
