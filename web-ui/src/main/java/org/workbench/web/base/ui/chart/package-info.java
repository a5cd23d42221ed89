@NullMarked
package org.workbench.web.base.ui.chart;

import org.jspecify.annotations.NullMarked;
