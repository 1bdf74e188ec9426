/** Copernicus scoring: explainable scores of account plans. */
module dev.copernicus.scoring {
  requires transitive dev.copernicus.core;
  requires transitive org.immutables.value.annotations;

  exports dev.copernicus.scoring;
  exports dev.copernicus.scoring.relationship;
  exports dev.copernicus.scoring.completeness;
  exports dev.copernicus.scoring.balance;
  exports dev.copernicus.scoring.momentum;
  exports dev.copernicus.scoring.growth;
  // The names of stages and statuses, shared with the diff's summary.
  exports dev.copernicus.scoring.internal to
      dev.copernicus.serialization;
}
