/**
 * What each key figure means: its definition (formula, unit, when it is empty, what it leaves out, what it uses),
 * written once in the {@code i18n/explain} bundles, and the values of its inputs in a given scenario. The calculation
 * model's doc prints the same definitions.
 */
@NullMarked
package org.workbench.web.base.explain;

import org.jspecify.annotations.NullMarked;
