@NullMarked
package org.workbench.web.base.i18n;

import org.jspecify.annotations.NullMarked;
