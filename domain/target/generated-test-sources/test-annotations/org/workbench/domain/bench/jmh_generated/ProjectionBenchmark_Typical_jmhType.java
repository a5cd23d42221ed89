package org.workbench.domain.bench.jmh_generated;
public class ProjectionBenchmark_Typical_jmhType extends ProjectionBenchmark_Typical_jmhType_B3 {
}

