/**
 * Jakarta Bean Validation constraints of the Copernicus model that the built-in constraints do not
 * cover. A host application's own {@code jakarta.validation.Validator} enforces them with no setup.
 */
package dev.copernicus.core.validation.constraints;
