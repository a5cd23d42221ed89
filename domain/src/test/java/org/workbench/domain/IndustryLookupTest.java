package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.domain.Fixtures.incentive;
import static org.workbench.domain.Fixtures.industry;
import static org.workbench.domain.Fixtures.scenario;
import static org.workbench.domain.Fixtures.settings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The industry of an incentive's code, whether the industries' codes have distinct hashes or not. */
class IndustryLookupTest {

    private static ModelTables tables(List<String> codes) {
        List<Industry> industries = new ArrayList<>();
        List<Incentive> incentives = new ArrayList<>();
        for (String code : codes) {
            industries.add(industry(code));
            // A copy of the code, as an importer reads it: equal, not the same string.
            incentives.add(incentive("i" + code, IncentiveType.RD_GRANT, new String(code.toCharArray()), 2025)
                    .build());
        }
        return new ModelTables(scenario(settings(2024, 5, 0), industries, incentives));
    }

    @Test
    void codes_with_distinct_hashes_find_their_industries() {
        List<String> codes = new ArrayList<>();
        for (int j = 0; j < 300; j++) {
            codes.add("I" + j);
        }
        ModelTables t = tables(codes);
        for (int j = 0; j < codes.size(); j++) {
            assertThat(t.industryIndex(new String(codes.get(j).toCharArray()))).isEqualTo(j);
            assertThat(t.industry[j]).isEqualTo(j);
        }
    }

    @Test
    void codes_that_share_a_hash_are_told_apart_by_their_characters() {
        // "Aa" and "BB" have the same String hash.
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        ModelTables t = tables(List.of("X", "Aa", "BB", "Y"));
        assertThat(t.industryIndex("Aa")).isEqualTo(1);
        assertThat(t.industryIndex("BB")).isEqualTo(2);
        assertThat(t.industryIndex("X")).isZero();
        assertThat(t.industryIndex("Y")).isEqualTo(3);
        assertThat(t.industry).containsExactly(0, 1, 2, 3);
    }
}
