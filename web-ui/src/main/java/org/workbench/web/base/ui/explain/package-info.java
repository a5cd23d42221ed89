/** The button on a key figure that opens its definition and its inputs in the scenarios on screen. */
@NullMarked
package org.workbench.web.base.ui.explain;

import org.jspecify.annotations.NullMarked;
