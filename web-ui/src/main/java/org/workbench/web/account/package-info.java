@NullMarked
package org.workbench.web.account;

import org.jspecify.annotations.NullMarked;
