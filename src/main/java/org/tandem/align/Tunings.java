package org.tandem.align;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and rebuilds tuning records through their {@link Tuned} components, so that every tuned
 * number is listed and can be overridden by name without a hand-kept table beside the record. The
 * tuning records of later stages (word alignment, flagging) use it too.
 */
public final class Tunings {
    private Tunings() {
    }

    public static List<TunedValue> describe(String group, Record current, Record defaults) {
        List<TunedValue> values = new ArrayList<>();
        for (RecordComponent component : current.getClass().getRecordComponents()) {
            Tuned tuned = component.getAnnotation(Tuned.class);
            if (tuned == null) {
                throw new IllegalStateException(current.getClass().getSimpleName() + "." + component.getName()
                        + " has no @Tuned");
            }
            values.add(new TunedValue(group + "." + component.getName(), number(component, current),
                    number(component, defaults), tuned.min(), tuned.max(), component.getType() == int.class,
                    tuned.reason()));
        }
        return values;
    }

    /**
     * The record with the values under {@code group.*} replaced; each key used is removed from
     * {@code overrides}, so that what remains at the end is unknown.
     *
     * @throws IllegalArgumentException for a value that is not a number, not whole where it must be, or
     *                                  out of range
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R override(String group, R record, Map<String, String> overrides) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean changed = false;
        for (int k = 0; k < components.length; k++) {
            RecordComponent component = components[k];
            types[k] = component.getType();
            String key = group + "." + component.getName();
            String text = overrides.remove(key);
            if (text == null) {
                arguments[k] = value(component, record);
                continue;
            }
            changed = true;
            Tuned tuned = component.getAnnotation(Tuned.class);
            double parsed;
            try {
                parsed = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " = '" + text + "' is not a number");
            }
            if (parsed < tuned.min() || parsed > tuned.max() || Double.isNaN(parsed)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s = %s is outside its range %s to %s",
                        key, text.strip(), format(tuned.min()), format(tuned.max())));
            }
            if (component.getType() == int.class) {
                if (parsed != Math.rint(parsed)) {
                    throw new IllegalArgumentException(key + " = " + text.strip() + " must be a whole number");
                }
                arguments[k] = (int) parsed;
            } else {
                arguments[k] = parsed;
            }
        }
        if (!changed) {
            return record;
        }
        try {
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        }
    }

    public static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static double number(RecordComponent component, Record record) {
        return ((Number) value(component, record)).doubleValue();
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> copy(Map<String, String> overrides) {
        return new HashMap<>(overrides);
    }

    /**
     * Fails on the first key (in name order) left in {@code left} after every group took its own.
     *
     * @param known every key there is, for a suggestion
     * @throws IllegalArgumentException naming the key, with a known key it may be a typo of (as Lucene's
     *                                  analysis factories reject unknown parameters: a typo must not pass
     *                                  for an experiment)
     */
    public static void rejectUnknown(Map<String, String> left, List<TunedValue> known) {
        if (left.isEmpty()) {
            return;
        }
        String unknown = new java.util.TreeSet<>(left.keySet()).first();
        throw new IllegalArgumentException("unknown parameter '" + unknown + "'" + suggestion(unknown, known)
                + "; `tandem params` lists them all");
    }

    private static String suggestion(String unknown, List<TunedValue> known) {
        String name = unknown.substring(unknown.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        for (TunedValue value : known) {
            String key = value.key().substring(value.key().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (key.equals(name) || (key.contains(name) || name.contains(key)) && Math.min(name.length(), key.length()) >= 4) {
                return " (did you mean " + value.key() + "?)";
            }
        }
        return "";
    }
}
