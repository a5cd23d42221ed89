@NullMarked
package org.workbench.web.base.ui;

import org.jspecify.annotations.NullMarked;
