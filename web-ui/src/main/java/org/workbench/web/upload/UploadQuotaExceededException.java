package org.workbench.web.upload;

/** Keeping the upload would take the user over their storage cap; nothing of it was kept. */
public class UploadQuotaExceededException extends RuntimeException {
    private final long usedBytes;
    private final long limitBytes;

    public UploadQuotaExceededException(long usedBytes, long limitBytes) {
        super("upload storage of " + usedBytes + " bytes, limit " + limitBytes);
        this.usedBytes = usedBytes;
        this.limitBytes = limitBytes;
    }

    /** The bytes the user's kept originals take now, without this upload. */
    public long usedBytes() {
        return usedBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
