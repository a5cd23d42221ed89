package org.workbench.web.compare;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sentence that says a comparison shows approved revisions, and which: a printed or exported comparison leaves the
 * page, and its reader must still see that the figures are those a reviewer signed off. The report and the export
 * share it.
 */
public final class RevisionText {
    private RevisionText() {}

    /** Empty when the comparison shows the latest revisions. */
    public static Optional<String> of(Comparison comparison, HorizonText.Texts texts) {
        if (comparison.scenarios().stream().noneMatch(ScenarioColumn::approvedAsked)) {
            return Optional.empty();
        }
        String each = comparison.scenarios().stream()
                .map(c -> texts.get("compare.revisions.each", c.label(), c.revision()))
                .collect(Collectors.joining(" · "));
        return Optional.of(texts.get("compare.revisions.note", each));
    }
}
