package org.sxbelt.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Help details JCommander has no place for: how the option's value is written and what happens when
 * the option is left out. Shown by {@link Help} as {@code --seed <long>} and {@code Default: ...}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OptionHelp {

    /** The value's form, e.g. {@code <name|path>}; empty for a flag. */
    String arg() default "";

    /** What the option is when not given, in words, e.g. {@code output} or {@code the scenario's run.seed}. */
    String byDefault();
}
