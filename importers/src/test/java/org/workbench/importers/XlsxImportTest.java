package org.workbench.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.importers.ImportAssertions.imported;
import static org.workbench.importers.ImportAssertions.onlyError;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Scenario;

class XlsxImportTest {
    @TempDir
    Path dir;

    @Test
    void a_hand_typed_workbook_with_the_three_sheets_imports_into_a_whole_scenario() throws Exception {
        Path file = TestWorkbook.valid().writeXlsx(dir, "plan.xlsx");

        Scenario scenario = imported(WorkbookImporter.read(file, "plan.xlsx", ImportOptions.defaults()));

        assertThat(scenario.settings().name()).isEqualTo("Hefei 2030");
        assertThat(scenario.settings().baseYear()).isEqualTo(2025);
        assertThat(scenario.settings().currency()).isEqualTo("CNY");
        assertThat(scenario.industries()).extracting(i -> i.code()).containsExactly("EV", "SEMI");
        Incentive equity = scenario.incentives().get(0);
        assertThat(equity.type()).isEqualTo(IncentiveType.EQUITY);
        assertThat(equity.amount()).isEqualTo(5e9);
        assertThat(equity.exitYear()).isEqualTo(2030);
        assertThat(equity.exitMultiple()).isEqualTo(2.5);
        assertThat(scenario.incentives().get(1).exitYear()).isNull();
    }

    @Test
    void a_negative_amount_is_reported_at_its_cell_with_header_value_and_expectation() throws Exception {
        Path file =
                TestWorkbook.valid().setColumn("Incentives", "Amount", 2, -5).writeXlsx(dir, "plan.xlsx");

        ImportProblem problem = onlyError(WorkbookImporter.read(file, "plan.xlsx", ImportOptions.defaults()));

        assertThat(problem.location()).isEqualTo("Incentives!J3");
        assertThat(problem.header()).isEqualTo("Amount");
        assertThat(problem.found()).isEqualTo("-5");
        assertThat(problem.messageKey()).isEqualTo("problem.cell.outOfRange");
        assertThat(problem.fileName()).isEqualTo("plan.xlsx");
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(ProblemFormatter.format(problem, java.util.Locale.ENGLISH))
                .isEqualTo(
                        "Incentives!J3 [Amount] Error: The value is out of range. (found: \"-5\"; expected: an amount of"
                                + " at least 0 (a share from 0 to 1 for TAX_REBATE))");
    }
}
