package org.workbench.web.multiplier;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.multiplier.InputOutputTable;
import org.workbench.domain.multiplier.Sector;
import org.workbench.domain.multiplier.SectorMultipliers;
import org.workbench.domain.multiplier.SetLabel;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of a set's table and multipliers. The flows, n x n doubles, are kept as their IEEE bits in base64
 * (row-major, big-endian): exact, and read back ten times faster than 250,000 numbers as JSON text for a 500-sector
 * table. The sectors' own figures are JSON, written in their shortest exact form.
 */
final class TableJson {
    static final int FORMAT = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record Stored(int format, SetLabel label, List<Sector> sectors, String flows) {}

    private TableJson() {}

    static String write(InputOutputTable table) {
        int n = table.size();
        java.nio.ByteBuffer bits = java.nio.ByteBuffer.allocate(n * n * Double.BYTES);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                bits.putDouble(table.flow(i, j));
            }
        }
        String flows = java.util.Base64.getEncoder().encodeToString(bits.array());
        return JSON.writeValueAsString(new Stored(FORMAT, table.label(), table.sectors(), flows));
    }

    static InputOutputTable read(String json) {
        Stored stored = JSON.readValue(json, Stored.class);
        if (stored.format() != FORMAT) {
            throw new IllegalStateException("unknown table format " + stored.format());
        }
        int n = stored.sectors().size();
        java.nio.ByteBuffer bits =
                java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(stored.flows()));
        if (bits.remaining() != n * n * Double.BYTES) {
            throw new IllegalStateException("stored flows do not fit " + n + " sectors");
        }
        double[][] flows = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                flows[i][j] = bits.getDouble();
            }
        }
        return InputOutputTable.of(stored.label(), stored.sectors(), flows);
    }

    static String writeMultipliers(List<SectorMultipliers> multipliers) {
        return JSON.writeValueAsString(multipliers);
    }

    static List<SectorMultipliers> readMultipliers(@Nullable String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<SectorMultipliers>>() {});
    }
}
