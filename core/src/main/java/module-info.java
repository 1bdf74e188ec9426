/**
 * Copernicus core: the immutable model of strategic account plans, the crosswalk between account
 * planning methods' vocabularies, and plan validation.
 */
module dev.copernicus.core {
  requires static transitive org.jspecify;
  requires transitive org.immutables.value.annotations;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports dev.copernicus.core.catalogue;
  exports dev.copernicus.core.model;
  exports dev.copernicus.core.validation.constraints;
  exports dev.copernicus.core.vocabulary;
  exports dev.copernicus.core.validation;
  exports dev.copernicus.core.internal to
      dev.copernicus.scoring,
      dev.copernicus.serialization;

  // Hibernate Validator reads the constraints of the model. The format needs no deep reflection: it
  // builds values through their public builders, in code (ModelFormat).
  opens dev.copernicus.core.model to
      org.hibernate.validator;
}
