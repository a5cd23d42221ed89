package org.workbench.domain;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a record's components into an array and builds a record from one, so that a record, its draft and the field
 * list share one order and no code spells the argument list out again.
 */
final class RecordShape<R extends Record> {
    private final Class<R> type;
    private final MethodHandle[] accessors;
    private final MethodHandle constructor;

    private RecordShape(Class<R> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            accessors = new MethodHandle[components.length];
            Class<?>[] parameters = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = lookup.unreflect(components[i].getAccessor());
                parameters[i] = components[i].getType();
            }
            constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameters))
                    .asSpreader(Object[].class, components.length);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("not a readable record: " + type, e);
        }
    }

    static <R extends Record> RecordShape<R> of(Class<R> type) {
        return new RecordShape<>(type);
    }

    @Nullable
    Object[] values(R record) {
        @Nullable Object[] values = new Object[accessors.length];
        for (int i = 0; i < accessors.length; i++) {
            values[i] = invoke(accessors[i], record);
        }
        return values;
    }

    R build(@Nullable Object[] values) {
        if (values.length != accessors.length) {
            throw new IllegalArgumentException(type.getSimpleName() + " takes " + accessors.length + " values, not "
                    + values.length + ": " + Arrays.toString(values));
        }
        try {
            return type.cast(constructor.invoke(values));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable Object invoke(MethodHandle accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
