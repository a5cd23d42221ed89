package org.workbench.domain.bench.jmh_generated;
public class ProjectionBenchmark_jmhType extends ProjectionBenchmark_jmhType_B3 {
}

