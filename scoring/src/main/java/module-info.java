/** Copernicus scoring: explainable scores of account plans. */
module dev.copernicus.scoring {
  requires transitive dev.copernicus.core;
  requires static transitive org.immutables.value.annotations;

  exports dev.copernicus.scoring;
  exports dev.copernicus.scoring.relationship;
}
