package org.workbench.importers;

import java.nio.file.Path;

/** Public door to {@link TestWorkbook} for tests in other packages. */
public final class TestWorkbooks {
    private TestWorkbooks() {}

    public static Path valid(Path dir, String name) throws Exception {
        return TestWorkbook.valid().writeXlsx(dir, name);
    }

    /** Two errors: a tax rate of 2 (Industries!G3) and an amount of -5 (Incentives!J3). */
    public static Path invalid(Path dir, String name) throws Exception {
        return TestWorkbook.valid()
                .setColumn("Industries", "Tax rate", 2, 2)
                .setColumn("Incentives", "Amount", 2, -5)
                .writeXlsx(dir, name);
    }
}
