@NullMarked
package org.workbench.web;

import org.jspecify.annotations.NullMarked;
