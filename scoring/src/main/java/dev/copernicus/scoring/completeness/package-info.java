/**
 * Plan completeness against planning frameworks, written as data: {@link
 * dev.copernicus.scoring.completeness.Frameworks} holds one per source article and a composite default.
 */
package dev.copernicus.scoring.completeness;
