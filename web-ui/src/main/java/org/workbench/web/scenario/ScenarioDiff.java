package org.workbench.web.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Incentive;
import org.workbench.domain.Industry;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;

/**
 * Which inputs differ between two scenarios: settings field by field, industries and incentives matched by code. A
 * changed code reads as one item removed and another added. The order of items in their lists is not an input. A
 * source note that was added, changed or removed is one change of kind {@link InputChange.Change#SOURCE}.
 */
public final class ScenarioDiff {
    private ScenarioDiff() {}

    /** The changes that turn {@code before} into {@code after}: settings first, then industries, then incentives. */
    public static List<InputChange> between(Scenario before, Scenario after) {
        var changes = new ArrayList<InputChange>();
        fields(ItemKind.SETTINGS, null, null, before.settings(), after.settings(), changes);
        items(ItemKind.INDUSTRY, before.industries(), after.industries(), Industry::code, Industry::name, changes);
        items(ItemKind.INCENTIVE, before.incentives(), after.incentives(), Incentive::code, Incentive::name, changes);
        sources(before, after, changes);
        return List.copyOf(changes);
    }

    private static void sources(Scenario before, Scenario after, List<InputChange> changes) {
        Map<String, InputSource> old = bySourceKey(before.sources());
        Map<String, InputSource> now = bySourceKey(after.sources());
        var keys = new java.util.LinkedHashSet<String>(now.keySet());
        keys.addAll(old.keySet());
        for (String key : keys) {
            InputSource was = old.get(key);
            InputSource is = now.get(key);
            if (was != null && is != null && was.text().equals(is.text())) {
                continue;
            }
            InputSource any = is != null ? is : Objects.requireNonNull(was);
            changes.add(new InputChange(
                    any.item(),
                    any.code(),
                    itemName(is != null ? after : before, any),
                    InputChange.Change.SOURCE,
                    any.field(),
                    was == null ? null : was.text(),
                    is == null ? null : is.text()));
        }
    }

    private static Map<String, InputSource> bySourceKey(List<InputSource> sources) {
        var map = new LinkedHashMap<String, InputSource>();
        sources.forEach(s -> map.putIfAbsent(s.item() + "\u0000" + s.code() + "\u0000" + s.field(), s));
        return map;
    }

    private static @Nullable String itemName(Scenario scenario, InputSource source) {
        return switch (source.item()) {
            case SETTINGS -> null;
            case INDUSTRY ->
                scenario.industries().stream()
                        .filter(i -> i.code().equals(source.code()))
                        .map(Industry::name)
                        .findFirst()
                        .orElse(null);
            case INCENTIVE ->
                scenario.incentives().stream()
                        .filter(i -> i.code().equals(source.code()))
                        .map(Incentive::name)
                        .findFirst()
                        .orElse(null);
        };
    }

    private static <T extends Record> void items(
            ItemKind kind,
            List<T> before,
            List<T> after,
            Function<T, String> code,
            Function<T, String> name,
            List<InputChange> changes) {
        Map<String, T> old = byCode(before, code);
        Map<String, T> now = byCode(after, code);
        for (T item : after) {
            String key = code.apply(item);
            T was = old.get(key);
            if (was == null) {
                changes.add(new InputChange(kind, key, name.apply(item), InputChange.Change.ADDED, null, null, null));
            } else {
                fields(kind, key, name.apply(item), was, item, changes);
            }
        }
        for (T item : before) {
            if (!now.containsKey(code.apply(item))) {
                changes.add(new InputChange(
                        kind, code.apply(item), name.apply(item), InputChange.Change.REMOVED, null, null, null));
            }
        }
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        var map = new LinkedHashMap<String, T>();
        items.forEach(item -> map.putIfAbsent(code.apply(item), item));
        return map;
    }

    // Walks the record components, so a field the domain adds later is compared without touching this class.
    private static void fields(
            ItemKind kind,
            @Nullable String item,
            @Nullable String itemName,
            Record before,
            Record after,
            List<InputChange> changes) {
        RecordFields fields = RecordFields.of(before.getClass());
        Object[] was = fields.read(before);
        Object[] now = fields.read(after);
        for (int i = 0; i < was.length; i++) {
            if (!Objects.equals(was[i], now[i])) {
                changes.add(new InputChange(
                        kind,
                        item,
                        itemName,
                        InputChange.Change.CHANGED,
                        fields.names().get(i),
                        was[i],
                        now[i]));
            }
        }
    }
}
