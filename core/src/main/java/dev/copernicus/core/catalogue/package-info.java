/**
 * The one catalogue of codes: every finding, risk, observation and red flag the library reports, with
 * its area, severity and message key.
 */
package dev.copernicus.core.catalogue;
