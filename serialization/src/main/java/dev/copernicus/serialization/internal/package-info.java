/** Not API: the hand-written reader and writer, the type model they walk, migrations, encoding checks and the YAML guard. */
package dev.copernicus.serialization.internal;
