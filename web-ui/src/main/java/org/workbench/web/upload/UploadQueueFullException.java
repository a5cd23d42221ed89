package org.workbench.web.upload;

/** Too many uploads are waiting to be read or stored; this one was refused and nothing of it was kept. */
public class UploadQueueFullException extends RuntimeException {
    public UploadQueueFullException() {
        super("upload queue full");
    }
}
