/**
 * Plans and scorecards inside a Jackson 2 host's {@code ObjectMapper}, written and read exactly as the
 * format does: register {@link dev.copernicus.jackson2.CopernicusJackson2Module}.
 */
package dev.copernicus.jackson2;
