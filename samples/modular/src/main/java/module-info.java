/** A host application on the module path: it names only the library's format module. */
module com.example.modular {
  requires dev.copernicus.serialization;
}
