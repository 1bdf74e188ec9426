/** Not API: the candidate next steps the assessor ranks, and the widest-path search of the relationship scorer. */
package dev.copernicus.scoring.internal;
