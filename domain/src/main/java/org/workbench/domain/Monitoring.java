package org.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Compares each incentive's actuals with its promised path (calculation model, "Actuals"). */
final class Monitoring {
    private Monitoring() {}

    static List<IncentiveMonitoring> of(Scenario scenario, ModelTables tables, Recorded recorded) {
        FlowKernel kernel = new FlowKernel(tables);
        int lastActualSlot = -1;
        for (Actual actual : scenario.actuals()) {
            lastActualSlot = Math.max(lastActualSlot, actual.year() - tables.firstYear);
        }
        double threshold = scenario.settings().behindThreshold();
        List<IncentiveMonitoring> result = new ArrayList<>();
        for (int i = 0; i < tables.incentiveCount; i++) {
            Recorded.Track track = recorded.of(i);
            if (track == null) {
                continue;
            }
            double[][] path = kernel.promisedPath(tables, i);
            double[] promisedJobs = path[0];
            double[] promisedOutlay = path[1];
            List<IncentiveMonitoring.Year> years = new ArrayList<>();
            double recordedOutlay = 0;
            boolean anyOutlay = false;
            for (int slot = 0; slot < tables.horizon; slot++) {
                OptionalDouble jobs = figure(track.jobs[slot]);
                OptionalDouble outlay = figure(track.outlay[slot]);
                OptionalDouble back = figure(track.moneyBack[slot]);
                if (outlay.isPresent() && slot <= lastActualSlot) {
                    recordedOutlay += outlay.getAsDouble();
                    anyOutlay = true;
                }
                if (jobs.isEmpty() && outlay.isEmpty() && back.isEmpty()) {
                    continue;
                }
                years.add(new IncentiveMonitoring.Year(
                        tables.firstYear + slot,
                        promisedJobs[slot],
                        jobs,
                        ratio(jobs, promisedJobs[slot]),
                        promisedOutlay[slot],
                        outlay,
                        outlay.isPresent()
                                ? OptionalDouble.of(outlay.getAsDouble() - promisedOutlay[slot])
                                : OptionalDouble.empty(),
                        back));
            }
            int last = track.lastJobsSlot;
            OptionalDouble ratio = Double.isNaN(track.ratio) ? OptionalDouble.empty() : OptionalDouble.of(track.ratio);
            boolean behind = ratio.isPresent() && ratio.getAsDouble() < threshold;
            double delivered = last < 0 ? 0 : track.jobs[last];
            OptionalDouble costPerJob =
                    anyOutlay && delivered > 0 ? OptionalDouble.of(recordedOutlay / delivered) : OptionalDouble.empty();
            result.add(new IncentiveMonitoring(
                    scenario.incentives().get(i).code(),
                    last < 0 ? OptionalInt.empty() : OptionalInt.of(tables.firstYear + last),
                    ratio,
                    behind,
                    costPerJob,
                    years));
        }
        return result;
    }

    private static OptionalDouble figure(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static OptionalDouble ratio(OptionalDouble actual, double promised) {
        return actual.isEmpty() || promised == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(actual.getAsDouble() / promised);
    }
}
