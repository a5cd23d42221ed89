package org.workbench.web.upload;

import java.nio.file.Path;

/**
 * An uploaded file waiting in the temporary directory for its preview and commit.
 *
 * @param fileName the name the user gave it, without any folder
 * @param sha256 the hex SHA-256 of its bytes, which recognises the same file uploaded again
 */
public record ReceivedFile(Path path, String fileName, long size, String sha256) {}
