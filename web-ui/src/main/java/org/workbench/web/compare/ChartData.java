package org.workbench.web.compare;

import java.util.List;
import org.workbench.domain.IncentiveType;

/**
 * The series of the comparison's charts, one per scenario in each chart.
 *
 * @param years the union of the scenarios' result years, in order
 * @param totalJobs total jobs by year; NaN in a year outside the scenario's years
 * @param cumulativeNetFiscalFlow cumulative net fiscal flow by year; NaN outside the scenario's years
 * @param outlayTypes the incentive types any compared scenario spends on (all types when none spends)
 * @param outlayByType undiscounted outlay over the horizon, one value per entry of {@code outlayTypes}
 * @param jobsChain final-year jobs, one value per {@link ChainStep}, in its order
 */
public record ChartData(
        List<Integer> years,
        List<Series> totalJobs,
        List<Series> cumulativeNetFiscalFlow,
        List<IncentiveType> outlayTypes,
        List<Series> outlayByType,
        List<Series> jobsChain) {

    public ChartData {
        years = List.copyOf(years);
        totalJobs = List.copyOf(totalJobs);
        cumulativeNetFiscalFlow = List.copyOf(cumulativeNetFiscalFlow);
        outlayTypes = List.copyOf(outlayTypes);
        outlayByType = List.copyOf(outlayByType);
        jobsChain = List.copyOf(jobsChain);
    }

    /** One scenario's values, named by its label. */
    public record Series(String name, double[] values) {
        public Series {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /** From the jobs the beneficiaries commit to, to the jobs the city gains, in the final year. */
    public enum ChainStep {
        /** G: committed jobs as ramped up. */
        GROSS_DIRECT,
        /** G x b: the jobs that would not exist without the incentives. */
        AFTER_BUT_FOR,
        /** G x b x (1 - q) = N: less the jobs that only displace existing local ones. */
        AFTER_DISPLACEMENT,
        /** N x M = E: with the jobs the multiplier adds around them. */
        TOTAL
    }
}
