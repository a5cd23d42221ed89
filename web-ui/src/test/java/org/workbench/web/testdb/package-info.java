/** Which database the integration tests run on: H2 in memory, or a real PostgreSQL server. */
@NullMarked
package org.workbench.web.testdb;

import org.jspecify.annotations.NullMarked;
