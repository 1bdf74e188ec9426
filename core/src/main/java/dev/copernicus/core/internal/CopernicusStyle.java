package dev.copernicus.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Copernicus value type. Internal: not part of the public API.
 *
 * <p>Accessors are JavaBeans getters ({@code getName()}, {@code isTop()}) because Jakarta Bean
 * Validation reads constraints only from getters, fields and record components; builders and
 * {@code with*} copies drop the prefix ({@code name(..)}, {@code withName(..)}). Generated
 * implementations are package-private; each type exposes {@code builder()} and a nested
 * {@code Builder} instead, so {@code Immutable*} classes never leak into user code.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"opportunity:opportunities", "policy:policies", "criterion:criteria"},
    jdkOnly = true,
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    allParameters = false,
    // No @Generated on generated code: users compiling against Copernicus without Immutables on
    // their class path would otherwise get "cannot find annotation method" warnings.
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface CopernicusStyle {}
