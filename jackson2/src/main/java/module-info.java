/** Copernicus for Jackson 2: the plan format inside a Jackson 2 host's own mapper. */
module dev.copernicus.jackson2 {
  requires transitive dev.copernicus.serialization;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires tools.jackson.core;
  // A host's Jackson 2 YAML, when it has one: the bridge refuses aliases in it.
  requires static com.fasterxml.jackson.dataformat.yaml;

  exports dev.copernicus.jackson2;

  provides com.fasterxml.jackson.databind.Module with
      dev.copernicus.jackson2.CopernicusJackson2Module;
}
