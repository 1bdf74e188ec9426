/** Copernicus serialization: the portable, versioned JSON and YAML format of account plans. */
module dev.copernicus.serialization {
  requires transitive dev.copernicus.core;
  requires transitive dev.copernicus.scoring;
  requires tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires transitive org.immutables.value.annotations;

  exports dev.copernicus.serialization;
  exports dev.copernicus.serialization.jackson;
  exports dev.copernicus.serialization.diff;
  // The Jackson 2 bridge reads and writes embedded values with the very same reader and writer.
  exports dev.copernicus.serialization.internal to
      dev.copernicus.jackson2;

  provides tools.jackson.databind.JacksonModule with
      dev.copernicus.serialization.jackson.CopernicusModule;
}
