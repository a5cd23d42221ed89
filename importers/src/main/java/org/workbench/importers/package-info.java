/**
 * Reads and writes scenario workbooks (format version 1): .xlsx as a stream, .xls and .csv, plus the results,
 * comparison, template and problem-list workbooks. Depends on the domain, POI and commons-csv only.
 */
@NullMarked
package org.workbench.importers;

import org.jspecify.annotations.NullMarked;
