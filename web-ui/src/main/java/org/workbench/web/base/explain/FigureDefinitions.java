package org.workbench.web.base.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.workbench.domain.Kpi;
import org.workbench.web.base.i18n.SupportedLocales;

/**
 * The definitions of the key figures, read from the {@code i18n/explain} bundles; the labels are the domain's. The
 * same text is printed in the "Key figures" section of the calculation model's doc by {@link #markdown(Locale)}.
 */
public final class FigureDefinitions {
    /** Monte Carlo's share of draws with a negative NPV: not a key figure of a projection, but shown beside them. */
    public static final String PROBABILITY_OF_LOSS = "probabilityOfLoss";

    /** The parts of a definition, in the order the dialog and the doc show them. */
    public static final List<String> PARTS = List.of("formula", "unit", "empty", "omits", "uses");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private FigureDefinitions() {}

    /** Every figure with a definition: the key figures in the model's order, then the probability of a loss. */
    public static List<String> keys() {
        return Stream.concat(Stream.of(Kpi.values()).map(Kpi::key), Stream.of(PROBABILITY_OF_LOSS))
                .toList();
    }

    public static FigureDefinition of(Kpi kpi, Locale locale) {
        return of(kpi.key(), locale);
    }

    /**
     * @throws java.util.MissingResourceException when the figure has no definition in that language
     */
    public static FigureDefinition of(String key, Locale locale) {
        Locale resolved = SupportedLocales.resolve(locale);
        ResourceBundle texts = ResourceBundle.getBundle("i18n/explain", resolved, NO_FALLBACK);
        String label = key.equals(PROBABILITY_OF_LOSS)
                ? texts.getString("explain." + key + ".label")
                : ResourceBundle.getBundle("i18n/domain", resolved, NO_FALLBACK).getString("kpi." + key);
        List<String> parts = new ArrayList<>(PARTS.size());
        for (String part : PARTS) {
            parts.add(texts.getString("explain." + key + "." + part));
        }
        return new FigureDefinition(key, label, parts.get(0), parts.get(1), parts.get(2), parts.get(3), parts.get(4));
    }

    /** The title of each part in that language, e.g. "Leaves out"; also the other texts of the dialog. */
    public static String partTitle(String part, Locale locale) {
        return ResourceBundle.getBundle("i18n/explain", SupportedLocales.resolve(locale), NO_FALLBACK)
                .getString("explain.dialog." + part);
    }

    /** Every definition as Markdown, as the doc's generated block holds it: the symbols, then figure by figure. */
    public static String markdown(Locale locale) {
        var out = new StringBuilder();
        out.append(partTitle("notation", locale)).append("\n\n");
        String separator = "zh".equals(locale.getLanguage()) ? "：" : ": ";
        for (String key : keys()) {
            FigureDefinition definition = of(key, locale);
            out.append("**")
                    .append(definition.label())
                    .append("** (`")
                    .append(key)
                    .append("`)\n\n");
            List<String> values = List.of(
                    definition.formula(), definition.unit(), definition.empty(), definition.omits(), definition.uses());
            for (int i = 0; i < PARTS.size(); i++) {
                out.append("- ")
                        .append(partTitle(PARTS.get(i), locale))
                        .append(separator)
                        .append(values.get(i))
                        .append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
