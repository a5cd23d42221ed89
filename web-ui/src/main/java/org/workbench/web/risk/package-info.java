/**
 * Risk and affordability of one scenario: Monte Carlo on a bounded executor shared by every session, a cache of its
 * results, the tornado and the budget figures. Depends on the domain and base only, so that the editor (or any other
 * screen) can show it.
 */
@NullMarked
package org.workbench.web.risk;

import org.jspecify.annotations.NullMarked;
