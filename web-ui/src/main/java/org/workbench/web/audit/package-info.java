@NullMarked
package org.workbench.web.audit;

import org.jspecify.annotations.NullMarked;
