package org.workbench.importers;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong (or worth a warning) in an uploaded file.
 *
 * @param fileName the name the user gave the file
 * @param sheet the sheet as named in the file, or null for a problem with the whole file
 * @param cell the cell reference within the sheet (e.g. {@code E7}), or null for a problem with a whole sheet
 * @param header the column's header (or the Scenario field's name) as found in the file, when there is one
 * @param found the value found, as text, when there is one
 * @param expected what was expected instead, as a translatable text
 * @param message what is wrong, as a translatable text
 */
public record ImportProblem(
        String fileName,
        @Nullable String sheet,
        @Nullable String cell,
        @Nullable String header,
        @Nullable String found,
        @Nullable Message expected,
        Severity severity,
        Message message) {

    /** Where the problem is, cell reference first: {@code Incentives!E7}, {@code Incentives}, or the file name. */
    public String location() {
        if (sheet == null) {
            return fileName;
        }
        return cell == null ? sheet : sheet + "!" + cell;
    }

    public String messageKey() {
        return message.key();
    }

    public List<Object> args() {
        return message.args();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
