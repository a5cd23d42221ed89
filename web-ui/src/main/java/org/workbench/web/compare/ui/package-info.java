@NullMarked
package org.workbench.web.compare.ui;

import org.jspecify.annotations.NullMarked;
