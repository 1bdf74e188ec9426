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

  // The format writes scorecards and reads frameworks through the value types' builders.
  opens dev.copernicus.scoring to
      dev.copernicus.serialization;
  opens dev.copernicus.scoring.relationship to
      dev.copernicus.serialization;
  opens dev.copernicus.scoring.completeness to
      dev.copernicus.serialization;
  opens dev.copernicus.scoring.balance to
      dev.copernicus.serialization;
  opens dev.copernicus.scoring.momentum to
      dev.copernicus.serialization;
  opens dev.copernicus.scoring.growth to
      dev.copernicus.serialization;
}
