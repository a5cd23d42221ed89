package org.workbench.web.scenario.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.workbench.web.base.Formats;

/**
 * A number as typed in the editor and shown back: a share reads as a percentage ("4%") and is accepted as "4%" or as
 * the fraction 0.04, as the workbook accepts it; other numbers keep every digit, grouped. Full-width digits and signs
 * (typed with a Chinese input method) count as their ASCII forms. A text that is no number changes nothing: the
 * converter says why, in the user's language.
 */
final class NumberText implements Converter<String, @Nullable Double> {
    // Digits with an optional sign, grouping commas (only between digit groups), a decimal point and an exponent.
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)?(\\.\\d+)?([eE][+-]?\\d+)?");

    private final BooleanSupplier share;
    private final String notANumber;
    private final String noPercent;

    /**
     * @param share whether the value is a share now (the amount of a tax rebate is, that of a subsidy is not)
     * @param notANumber the message for a text that is no number, with {0} for the text
     * @param noPercent the message for a percentage where the field takes no share, with {0} for the text
     */
    NumberText(BooleanSupplier share, String notANumber, String noPercent) {
        this.share = share;
        this.notANumber = notANumber;
        this.noPercent = noPercent;
    }

    /** The value of a typed text, or why it is none; blank is no value (the domain says whether one is needed). */
    static Parsed parse(@Nullable String typed, boolean share) {
        if (typed == null || typed.isBlank()) {
            return new Parsed(null, null);
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC)
                .strip()
                .replace('\u2212', '-') // the minus sign that formatted numbers carry
                .replace(" ", "")
                .replace("\u00a0", "");
        boolean percent = text.endsWith("%");
        if (percent) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty() || !NUMBER.matcher(text).matches() || !text.matches(".*\\d.*")) {
            return new Parsed(null, Problem.NOT_A_NUMBER);
        }
        if (percent && !share) {
            return new Parsed(null, Problem.NO_PERCENT);
        }
        double value = Double.parseDouble(text.replace(",", ""));
        if (!Double.isFinite(value)) {
            return new Parsed(null, Problem.NOT_A_NUMBER);
        }
        // Divided as decimals, so that "4.1%" is 0.041 and not 0.040999999999999995.
        return new Parsed(
                percent ? new BigDecimal(text.replace(",", "")).movePointLeft(2).doubleValue() : value, null);
    }

    /** A value as the field shows it: a share as a percentage with up to four decimals, else every digit, grouped. */
    static String format(@Nullable Double value, boolean share, Locale locale) {
        if (value == null) {
            return "";
        }
        if (share) {
            NumberFormat percent = NumberFormat.getPercentInstance(locale);
            percent.setMaximumFractionDigits(4);
            return percent.format(value);
        }
        return Formats.decimals(value, 6, locale);
    }

    enum Problem {
        NOT_A_NUMBER,
        NO_PERCENT
    }

    /** A parsed text: the value (null for blank or wrong), or the problem. */
    record Parsed(@Nullable Double value, @Nullable Problem problem) {}

    @Override
    public Result<@Nullable Double> convertToModel(@Nullable String typed, ValueContext context) {
        Parsed parsed = parse(typed, share.getAsBoolean());
        if (parsed.problem() == null) {
            return Result.ok(parsed.value());
        }
        String pattern = parsed.problem() == Problem.NO_PERCENT ? noPercent : notANumber;
        return Result.error(pattern.replace("{0}", typed == null ? "" : typed.strip()));
    }

    @Override
    public String convertToPresentation(@Nullable Double value, ValueContext context) {
        return format(value, share.getAsBoolean(), context.getLocale().orElse(Locale.ENGLISH));
    }
}
