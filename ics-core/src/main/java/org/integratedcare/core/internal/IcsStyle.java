package org.integratedcare.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this library's value types.
 *
 * <p>Generated {@code Immutable*} classes are package-private; users reach them only through the
 * abstract types' {@code builder()} factories and their nested {@code Builder} classes, so no
 * generated name appears in the public API. Collections keep insertion order (sets included), so
 * that models, paths in problems and written files are deterministic.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    // Only @Override is added to generated code: without this, Immutables marks every generated
    // class with its own @Generated annotation, which the modules that use ics-core (and users'
    // builds) do not have, so every compiler downstream warned that it could not read it.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface IcsStyle {}
