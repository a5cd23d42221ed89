/** The batch command: a scenario workbook in, a results workbook out. */
@NullMarked
package org.workbench.importers.batch;

import org.jspecify.annotations.NullMarked;
