/** The format inside a Jackson 3 host's mapper: register {@link dev.copernicus.serialization.jackson.CopernicusModule}. */
package dev.copernicus.serialization.jackson;
