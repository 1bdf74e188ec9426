/** Copernicus portfolio: many plans judged at once, in bounded memory, on the cores given. */
module dev.copernicus.portfolio {
  requires transitive dev.copernicus.serialization;

  exports dev.copernicus.portfolio;
}
