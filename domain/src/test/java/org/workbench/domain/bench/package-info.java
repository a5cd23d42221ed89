/** JMH benchmarks of the projection engine; run with the {@code bench} profile, never during unit tests. */
@NullMarked
package org.workbench.domain.bench;

import org.jspecify.annotations.NullMarked;
