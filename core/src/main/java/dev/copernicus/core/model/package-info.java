/**
 * The immutable model of a strategic account plan. {@link dev.copernicus.core.model.AccountPlan} is
 * the root; every other type is a part of it. Values are built with {@code builder()}, copied with
 * {@code with*(..)} or {@code toBuilder()}, and never hold {@code null}: what may be absent is an
 * {@link java.util.Optional} or an empty list. Codes in brackets, e.g. [004], name the source articles
 * the concept comes from (see the README).
 */
package dev.copernicus.core.model;
