/** The JMH benchmarks and the throughput and cold-start harnesses behind the README's figures; not a library. */
package dev.copernicus.benchmarks;
