package org.workbench.domain.bench.jmh_generated;
public class ProjectionBenchmark_Large_jmhType extends ProjectionBenchmark_Large_jmhType_B3 {
}

