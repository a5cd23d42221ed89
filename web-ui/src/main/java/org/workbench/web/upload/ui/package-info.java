@NullMarked
package org.workbench.web.upload.ui;

import org.jspecify.annotations.NullMarked;
