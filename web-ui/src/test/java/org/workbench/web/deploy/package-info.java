/** Running several instances of the app on one database. */
@NullMarked
package org.workbench.web.deploy;

import org.jspecify.annotations.NullMarked;
