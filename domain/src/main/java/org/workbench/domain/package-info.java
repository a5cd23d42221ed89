/**
 * Scenarios, industries, incentives and the projection engine of the calculation model, version 1.
 * Plain Java: no framework may be imported here.
 */
@NullMarked
package org.workbench.domain;

import org.jspecify.annotations.NullMarked;
