/**
 * The printable report of a scenario or a comparison: one {@link org.workbench.web.report.Report} model, shown as a
 * page and written as a PDF, so that both say the same.
 */
@NullMarked
package org.workbench.web.report;

import org.jspecify.annotations.NullMarked;
