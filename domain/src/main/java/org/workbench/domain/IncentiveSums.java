package org.workbench.domain;

/** What each incentive adds up to over the horizon in one view, kept by the kernel when it runs detailed. */
final class IncentiveSums {
    final double[] grossFinal;
    final double[] netFinal;
    final double[] totalFinal;
    final double[] jobYears;
    final double[] valueAddedFinal;
    final double[] outlay;
    final double[] pvOutlay;
    final double[] pvRevenue;
    final double[] pvServiceCost;
    final double[] proceeds;
    final double[] pvProceeds;
    final double[] clawbacks;
    final double[] pvClawbacks;

    IncentiveSums(int count) {
        grossFinal = new double[count];
        netFinal = new double[count];
        totalFinal = new double[count];
        jobYears = new double[count];
        valueAddedFinal = new double[count];
        outlay = new double[count];
        pvOutlay = new double[count];
        pvRevenue = new double[count];
        pvServiceCost = new double[count];
        proceeds = new double[count];
        pvProceeds = new double[count];
        clawbacks = new double[count];
        pvClawbacks = new double[count];
    }

    void jobs(int i, double gross, double net, double total, double years, double valueAdded) {
        grossFinal[i] = gross;
        netFinal[i] = net;
        totalFinal[i] = total;
        jobYears[i] = years;
        valueAddedFinal[i] = valueAdded;
        proceeds[i] = 0;
        pvProceeds[i] = 0;
        clawbacks[i] = 0;
        pvClawbacks[i] = 0;
    }

    void money(int i, double paid, double pvPaid, double revenue, double serviceCost) {
        outlay[i] = paid;
        pvOutlay[i] = pvPaid;
        pvRevenue[i] = revenue;
        pvServiceCost[i] = serviceCost;
    }

    void back(int i, boolean asProceeds, double value, double presentValue) {
        if (asProceeds) {
            proceeds[i] += value;
            pvProceeds[i] += presentValue;
        } else {
            clawbacks[i] += value;
            pvClawbacks[i] += presentValue;
        }
    }

    /** pvRevenue + pvProceeds + pvClawbacks - pvOutlay - pvServiceCost of one incentive. */
    double npv(int i) {
        return pvRevenue[i] + pvProceeds[i] + pvClawbacks[i] - pvOutlay[i] - pvServiceCost[i];
    }

    /** The sums of {@link IncentiveFlow}'s last detailed pass, as incentive i's. */
    void store(int i, IncentiveFlow f) {
        grossFinal[i] = f.grossFinal;
        netFinal[i] = f.netFinal;
        totalFinal[i] = f.totalFinal;
        jobYears[i] = f.jobYears;
        valueAddedFinal[i] = f.valueAddedFinal;
        outlay[i] = f.outlay;
        pvOutlay[i] = f.pvOutlay;
        pvRevenue[i] = f.pvRevenue;
        pvServiceCost[i] = f.pvServiceCost;
        proceeds[i] = f.proceeds;
        pvProceeds[i] = f.pvProceeds;
        clawbacks[i] = f.clawbacks;
        pvClawbacks[i] = f.pvClawbacks;
    }
}
