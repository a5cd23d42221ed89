/**
 * Multiplier sets: input-output table workbooks uploaded by staff, planners and admins, derived into output and
 * employment multipliers per sector, listed and shown with how each multiplier is made. Sets are immutable.
 */
@NullMarked
package org.workbench.web.multiplier;

import org.jspecify.annotations.NullMarked;
