/** What must be in the database before the app answers its first request. */
@NullMarked
package org.workbench.web.base.seed;

import org.jspecify.annotations.NullMarked;
