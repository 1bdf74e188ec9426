/** Not API: the built-in rules, the plan index they share, pointers and messages. */
package dev.copernicus.core.validation.internal;
