/** Plans over time: the semantic diff of two versions, its JSON Patch and summary, and a plan's history. */
package dev.copernicus.serialization.diff;
