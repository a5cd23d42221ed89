@NullMarked
package org.workbench.web.security.ui;

import org.jspecify.annotations.NullMarked;
