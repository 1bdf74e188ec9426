/** Not API: the hand-written reader and writer, the type model they walk, migrations, encoding checks, the YAML guard and YAML's syntax errors. */
package dev.copernicus.serialization.internal;
