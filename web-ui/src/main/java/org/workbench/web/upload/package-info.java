/**
 * Staff uploads of scenario workbooks: a file is received to a temporary file, read off the UI thread into a
 * preview, and committed (or recorded as rejected) in one transaction, with the original kept for the history.
 */
@NullMarked
package org.workbench.web.upload;

import org.jspecify.annotations.NullMarked;
