package org.workbench.web.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A record type's components, looked up once per type. Diffs walk the components so that a field the domain adds
 * later is compared without touching them; looking the components up per item made diffs of 1,000 incentives slow.
 */
public final class RecordFields {
    private static final ClassValue<RecordFields> CACHE = new ClassValue<>() {
        @Override
        protected RecordFields computeValue(Class<?> type) {
            return new RecordFields(type.getRecordComponents());
        }
    };

    private final List<String> names;
    private final List<Method> accessors;

    private RecordFields(RecordComponent[] components) {
        var names = new ArrayList<String>(components.length);
        var accessors = new ArrayList<Method>(components.length);
        for (RecordComponent component : components) {
            names.add(component.getName());
            accessors.add(component.getAccessor());
        }
        this.names = List.copyOf(names);
        this.accessors = List.copyOf(accessors);
    }

    public static RecordFields of(Class<? extends Record> type) {
        return CACHE.get(type);
    }

    /** The component names, in declaration order. */
    public List<String> names() {
        return names;
    }

    /** The record's component values, in the order of {@link #names()}. */
    public Object[] read(Record record) {
        Object[] values = new Object[accessors.size()];
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = accessors.get(i).invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + names.get(i), e);
            }
        }
        return values;
    }
}
