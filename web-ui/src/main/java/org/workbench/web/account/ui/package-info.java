@NullMarked
package org.workbench.web.account.ui;

import org.jspecify.annotations.NullMarked;
