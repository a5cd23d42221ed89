/** The multiplier sets' views: the list with the upload, and one set's multipliers and derivations. */
@NullMarked
package org.workbench.web.multiplier.ui;

import org.jspecify.annotations.NullMarked;
