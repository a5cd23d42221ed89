package org.workbench.domain.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.workbench.domain.multiplier.InputOutputTable;
import org.workbench.domain.multiplier.MultiplierSet;
import org.workbench.domain.multiplier.Tables;

/**
 * C: a 500-sector table with regional employment derived in full, on the heap the goal names: A, L and the
 * household-closed inverse, nationally and regionalised (four LU inversions of about 500 x 500).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx512m"})
public class MultiplierBenchmark {
    static final int SECTORS = 500;

    @State(Scope.Benchmark)
    public static class Table {
        InputOutputTable table;

        @Setup
        public void build() {
            table = Tables.random(42L, SECTORS, true);
        }
    }

    @Benchmark
    public Object derive500(Table state) {
        // the multipliers force the whole derivation, regional part included
        return MultiplierSet.derive(state.table).multipliers();
    }
}
