package org.workbench.web.upload;

import java.util.List;

/** The same bytes were committed before and the user did not ask to import them again; nothing was stored. */
public class AlreadyImportedException extends RuntimeException {
    private final transient List<UploadHistoryEntry> earlier;

    public AlreadyImportedException(List<UploadHistoryEntry> earlier) {
        super("file imported before");
        this.earlier = List.copyOf(earlier);
    }

    public List<UploadHistoryEntry> earlier() {
        return earlier;
    }
}
