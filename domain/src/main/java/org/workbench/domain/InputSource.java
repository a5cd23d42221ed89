package org.workbench.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the value of one input comes from, in the planner's words: "provincial input-output table 2020, Type II"
 * makes a multiplier of 2.2 something a reviewer can check. The text is kept in Unicode's composed form (NFC) and
 * stripped, so that two sources that look the same are the same. Whether the item exists is checked by
 * {@link Scenario}, which knows the items.
 *
 * @param item the part of the scenario the input belongs to
 * @param code the industry's or incentive's code; null for a scenario setting
 * @param field the input's key, as in {@link InputFields}
 * @param text at most {@value #MAX_LENGTH} code points, no control characters but line breaks
 * @throws ScenarioInvalidException when the field is unknown, the code does not fit the item or the text is empty,
 *     too long or holds control characters
 */
public record InputSource(ItemKind item, @Nullable String code, String field, String text) {
    public static final int MAX_LENGTH = 500;

    public InputSource {
        code = code == null || code.isBlank() ? null : code;
        text = normalized(text);
        Rules.throwIfAny(problems(item, code, field, text));
    }

    /** The text as a source keeps it: composed (NFC), stripped, with Windows line breaks made plain. */
    public static String normalized(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .strip();
    }

    /** The rules a source breaks on its own, whatever the scenario; the text as {@link #normalized} gives it. */
    public static List<DomainProblem> problems(ItemKind item, @Nullable String code, String field, String text) {
        List<DomainProblem> problems = new ArrayList<>();
        String at = code == null || code.isBlank() ? null : code;
        if (InputFields.find(item, field).isEmpty()) {
            problems.add(new DomainProblem("problem.source.unknownField", List.of(field), at, field, item, -1));
        }
        if ((item == ItemKind.SETTINGS) != (at == null)) {
            problems.add(new DomainProblem("problem.source.code", List.of(item.name()), at, field, item, -1));
        }
        if (text.isEmpty()) {
            problems.add(new DomainProblem("problem.required", List.of(), at, field, item, -1));
        }
        textProblems(text).forEach(p -> problems.add(new DomainProblem(p.messageKey(), p.args(), at, field, item, -1)));
        return problems;
    }

    /**
     * The rules the text of a source breaks, whatever input it is about: too long, or control characters; an empty
     * text breaks none here (an editor takes it as no source).
     */
    public static List<DomainProblem> textProblems(String text) {
        List<DomainProblem> problems = new ArrayList<>();
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            problems.add(new DomainProblem(
                    "problem.source.tooLong", List.of(MAX_LENGTH, length), null, null, ItemKind.SETTINGS, -1));
        }
        if (text.codePoints().anyMatch(c -> c != '\n' && Character.isISOControl(c))) {
            problems.add(new DomainProblem("problem.source.control", List.of(), null, null, ItemKind.SETTINGS, -1));
        }
        return problems;
    }

    /** The descriptor of the field the source is about. */
    public InputField inputField() {
        return InputFields.get(item, field);
    }

    /** Whether this source is about that input. */
    public boolean isFor(ItemKind otherItem, @Nullable String otherCode, String otherField) {
        String other = otherCode == null || otherCode.isBlank() ? null : otherCode;
        return item == otherItem && java.util.Objects.equals(code, other) && field.equals(otherField);
    }
}
