/**
 * Relationship scoring: who we know at the customer, how well, and where the account is exposed.
 * Start with {@link dev.copernicus.scoring.relationship.RelationshipScorer}.
 */
package dev.copernicus.scoring.relationship;
