/** Growth potential: how much an account could still grow with us, from its whitespace and our reach into it. */
package dev.copernicus.scoring.growth;
