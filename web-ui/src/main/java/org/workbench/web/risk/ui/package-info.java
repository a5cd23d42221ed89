/** The Risk tab and the affordability badge, which the scenario editor places. */
@NullMarked
package org.workbench.web.risk.ui;

import org.jspecify.annotations.NullMarked;
