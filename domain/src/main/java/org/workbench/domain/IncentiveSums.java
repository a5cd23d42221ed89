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

    /** Every incentive's sums from {@code base}, but those listed in {@code others} from {@code other}. */
    void copy(IncentiveSums base, IncentiveSums other, int[] others) {
        double[][] to = all();
        double[][] from = base.all();
        double[][] alt = other.all();
        for (int f = 0; f < to.length; f++) {
            System.arraycopy(from[f], 0, to[f], 0, to[f].length);
            for (int i : others) {
                to[f][i] = alt[f][i];
            }
        }
    }

    private double[][] all() {
        return new double[][] {
            grossFinal,
            netFinal,
            totalFinal,
            jobYears,
            valueAddedFinal,
            outlay,
            pvOutlay,
            pvRevenue,
            pvServiceCost,
            proceeds,
            pvProceeds,
            clawbacks,
            pvClawbacks
        };
    }
}
