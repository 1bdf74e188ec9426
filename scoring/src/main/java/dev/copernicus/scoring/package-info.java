/** What every Copernicus score shares: bands, sub-scores and the contributions that explain them. */
package dev.copernicus.scoring;
