package org.gridgov.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Shared Immutables style: generated classes are package-private and hidden behind the abstract
 * value type, builders are created by hand-written factories, and no Jackson integration is generated
 * (the governance-jackson module bridges the wire format).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = false,
    jacksonIntegration = false,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface ValueStyle {}
