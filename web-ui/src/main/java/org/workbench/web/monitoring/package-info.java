/**
 * Monitoring signed deals: every incentive with recorded actuals across the scenarios that are not archived, how far
 * each delivers on its promise, and the export of that list.
 */
@NullMarked
package org.workbench.web.monitoring;

import org.jspecify.annotations.NullMarked;
