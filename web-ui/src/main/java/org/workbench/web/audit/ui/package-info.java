@NullMarked
package org.workbench.web.audit.ui;

import org.jspecify.annotations.NullMarked;
