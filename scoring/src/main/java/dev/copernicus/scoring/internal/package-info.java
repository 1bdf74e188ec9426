/** Not API: the candidate next steps the assessor ranks, the widest-path search of the relationship scorer, and the helpers the analyzers share. */
package dev.copernicus.scoring.internal;
