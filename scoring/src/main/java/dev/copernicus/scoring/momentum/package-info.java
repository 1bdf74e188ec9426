/** Whether a plan is alive or a static form: {@link dev.copernicus.scoring.momentum.MomentumAnalyzer}. */
package dev.copernicus.scoring.momentum;
