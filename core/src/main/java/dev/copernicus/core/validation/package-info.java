/**
 * Validation of a whole plan: {@link dev.copernicus.core.validation.PlanValidator} runs the model's Jakarta
 * constraints and the plan-level rules, and returns a {@link dev.copernicus.core.validation.ValidationReport}
 * of findings, each with a code, a severity, a JSON pointer and a message; a {@link
 * dev.copernicus.core.validation.ValidationPolicy} turns rules off, changes severities and adds rules.
 */
package dev.copernicus.core.validation;
