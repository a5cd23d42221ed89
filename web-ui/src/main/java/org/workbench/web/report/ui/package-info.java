/** The report pages and their "Download PDF". */
@NullMarked
package org.workbench.web.report.ui;

import org.jspecify.annotations.NullMarked;
