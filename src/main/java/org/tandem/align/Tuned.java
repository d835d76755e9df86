package org.tandem.align;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a tuned number of a tuning record: the range it may be set to with {@code --params} and a
 * one-line reason. The default is the value in the record's {@code defaults()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Tuned {
    double min();

    double max();

    /** Why the number is there, in one line. */
    String reason();
}
