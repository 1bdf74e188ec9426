/** Not API: the Immutables style the value types of the model and the scores share (exported to the library's own modules only). */
package dev.copernicus.core.internal;
