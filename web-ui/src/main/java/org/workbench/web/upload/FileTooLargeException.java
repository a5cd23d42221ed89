package org.workbench.web.upload;

/** The upload went over the configured size; nothing of it was kept. */
public class FileTooLargeException extends RuntimeException {
    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super("upload larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
