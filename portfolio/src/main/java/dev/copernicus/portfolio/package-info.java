/**
 * Many plans at once: {@link dev.copernicus.portfolio.Portfolio} judges a {@link
 * dev.copernicus.portfolio.PlanSource} in bounded memory on the threads it is given and returns a {@link
 * dev.copernicus.portfolio.PortfolioSummary}; {@link dev.copernicus.portfolio.PlanShape} generates plans of
 * documented shapes for tests, benchmarks and demos.
 */
package dev.copernicus.portfolio;
