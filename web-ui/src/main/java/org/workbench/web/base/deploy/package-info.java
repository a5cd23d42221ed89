/** Running the app in production: the postgres profile's safety rules. */
@NullMarked
package org.workbench.web.base.deploy;

import org.jspecify.annotations.NullMarked;
