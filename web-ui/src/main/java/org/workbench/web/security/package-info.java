@NullMarked
package org.workbench.web.security;

import org.jspecify.annotations.NullMarked;
