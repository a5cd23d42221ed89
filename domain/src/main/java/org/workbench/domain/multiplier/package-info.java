/**
 * Multiplier sets derived from input-output tables: technical coefficients, the Leontief inverse, output and
 * employment multipliers (Type I, and Type II with households closed in), and the Flegg location quotient for
 * regionalising a national table. Plain Java; the matrix algebra is EJML's.
 */
@NullMarked
package org.workbench.domain.multiplier;

import org.jspecify.annotations.NullMarked;
