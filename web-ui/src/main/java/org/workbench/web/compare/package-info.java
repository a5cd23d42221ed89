/**
 * Scenarios side by side: key figures with their differences from a base, the inputs that differ, and charts.
 * Views use {@link org.workbench.web.compare.CompareService} and its records only.
 */
@NullMarked
package org.workbench.web.compare;

import org.jspecify.annotations.NullMarked;
