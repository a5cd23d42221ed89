package org.workbench.web.multiplier;

import java.util.List;
import org.workbench.importers.ImportProblem;

/** What became of an uploaded table workbook. Nothing is stored unless it is {@link Stored}. */
public sealed interface SetUpload {

    record Stored(SetSummary set, List<ImportProblem> warnings) implements SetUpload {
        public Stored {
            warnings = List.copyOf(warnings);
        }
    }

    /** The workbook has errors; every problem, each at its cell. */
    record Refused(List<ImportProblem> problems) implements SetUpload {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** A set of this name and vintage exists: sets never change, a new vintage is a new set. */
    record Duplicate(String name, int vintage) implements SetUpload {}

    /** Larger than the upload limit; the rest of the file was not read. */
    record TooLarge(long maxBytes) implements SetUpload {}
}
