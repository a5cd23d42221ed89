package org.workbench.domain.multiplier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An input-output table of sectors 1..n: each sector's totals and the intermediate flows Z (Z_ij = sales of sector
 * i to sector j). Valid by construction: codes unique, flows square, finite and at least 0, regional employment given
 * for every sector or for none. Whether the table can be solved is decided when multipliers are derived.
 */
public final class InputOutputTable {
    /** Bounds the memory of one derivation: a few n x n matrices of doubles (1000 sectors: 8 MB each). */
    public static final int MAX_SECTORS = 1000;

    private final SetLabel label;
    private final List<Sector> sectors;
    private final double[][] flows;
    private final Map<String, Integer> positions;

    private InputOutputTable(SetLabel label, List<Sector> sectors, double[][] flows, Map<String, Integer> positions) {
        this.label = label;
        this.sectors = sectors;
        this.flows = flows;
        this.positions = positions;
    }

    /**
     * @param flows {@code flows[i][j]} = Z_ij, in the order of {@code sectors}; copied
     * @throws TableRefusedException with every problem found
     */
    public static InputOutputTable of(SetLabel label, List<Sector> sectors, double[][] flows) {
        List<TableProblem> problems = problems(sectors, flows);
        if (!problems.isEmpty()) {
            throw new TableRefusedException(problems);
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < sectors.size(); i++) {
            positions.put(sectors.get(i).code(), i);
        }
        double[][] copy = new double[flows.length][];
        for (int i = 0; i < flows.length; i++) {
            copy[i] = flows[i].clone();
        }
        return new InputOutputTable(label, List.copyOf(sectors), copy, Map.copyOf(positions));
    }

    /** Every broken rule across sectors and flows (each sector is valid on its own by construction). */
    public static List<TableProblem> problems(List<Sector> sectors, double[][] flows) {
        List<TableProblem> problems = new ArrayList<>();
        int n = sectors.size();
        if (n == 0) {
            problems.add(TableProblem.of(null, null, "io.problem.noSectors"));
            return problems;
        }
        if (n > MAX_SECTORS) {
            problems.add(TableProblem.of(null, null, "io.problem.tooManySectors", MAX_SECTORS, n));
            return problems;
        }
        Map<String, String> seen = new HashMap<>();
        for (Sector s : sectors) {
            String earlier = seen.putIfAbsent(s.code(), s.code());
            if (earlier != null) {
                problems.add(TableProblem.of(s.code(), "code", "io.problem.duplicateCode", s.code()));
            }
        }
        long regional =
                sectors.stream().filter(s -> s.regionalEmployment() != null).count();
        if (regional != 0 && regional != n) {
            for (Sector s : sectors) {
                if (s.regionalEmployment() == null) {
                    problems.add(TableProblem.of(s.code(), "regionalEmployment", "io.problem.regionalAllOrNone"));
                }
            }
        }
        if (regional == n
                && sectors.stream().mapToDouble(Sector::regionalEmployment).sum() <= 0) {
            problems.add(TableProblem.of(null, "regionalEmployment", "io.problem.noRegionalJobs"));
        }
        if (flows.length != n || Arrays.stream(flows).anyMatch(row -> row == null || row.length != n)) {
            problems.add(TableProblem.of(null, "flow", "io.problem.notSquare", n));
            return problems;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double z = flows[i][j];
                if (!(z >= 0) || !Double.isFinite(z)) {
                    problems.add(new TableProblem(
                            "io.problem.atLeastZero",
                            List.of(z),
                            sectors.get(i).code(),
                            sectors.get(j).code(),
                            "flow"));
                }
            }
        }
        return problems;
    }

    public SetLabel label() {
        return label;
    }

    public List<Sector> sectors() {
        return sectors;
    }

    public int size() {
        return sectors.size();
    }

    /** Z_ij: what sector i sells to sector j. */
    public double flow(int i, int j) {
        return flows[i][j];
    }

    public boolean regional() {
        return sectors.get(0).regionalEmployment() != null;
    }

    public Optional<Integer> position(String code) {
        return Optional.ofNullable(positions.get(code));
    }
}
