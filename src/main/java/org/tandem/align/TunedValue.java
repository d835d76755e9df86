package org.tandem.align;

/**
 * One tuned number as {@code tandem params} lists it.
 *
 * @param key          the {@code --params} key, {@code group.name}
 * @param value        the value in force
 * @param defaultValue the value tuned on dev data
 * @param integer      whether only whole numbers are allowed
 */
public record TunedValue(String key, double value, double defaultValue, double min, double max, boolean integer,
                         String reason) {
}
