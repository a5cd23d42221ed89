package org.workbench.web.multiplier;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.multiplier.MultiplierSet;

/**
 * The last few derived sets, so that choosing sector after sector does not invert the table each time. Bounded:
 * a 500-sector regional set holds four 500 x 500 matrices (about 8 MB).
 */
final class DerivedSets {
    static final int CAPACITY = 4;

    private final Map<Long, MultiplierSet> sets = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, MultiplierSet> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized @Nullable MultiplierSet get(long id) {
        return sets.get(id);
    }

    synchronized void put(long id, MultiplierSet set) {
        sets.put(id, set);
    }

    synchronized void remove(long id) {
        sets.remove(id);
    }
}
