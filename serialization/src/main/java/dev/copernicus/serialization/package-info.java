/**
 * The plan format in JSON and YAML: {@link dev.copernicus.serialization.PlanCodec} reads and writes plans,
 * scorecards and frameworks canonically, within {@link dev.copernicus.serialization.Limits}, and ends every
 * bad document in a {@link dev.copernicus.serialization.PlanFormatException} with its location.
 */
package dev.copernicus.serialization;
