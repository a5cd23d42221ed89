/** The monitoring page. */
@NullMarked
package org.workbench.web.monitoring.ui;

import org.jspecify.annotations.NullMarked;
