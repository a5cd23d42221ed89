@NullMarked
package org.workbench.web.base;

import org.jspecify.annotations.NullMarked;
