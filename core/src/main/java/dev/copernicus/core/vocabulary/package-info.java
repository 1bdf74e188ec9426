/**
 * The crosswalk between account planning methods: each method's words for buying roles, support,
 * influence and relationship levels, mapped onto Copernicus's own enumerations.
 */
package dev.copernicus.core.vocabulary;
