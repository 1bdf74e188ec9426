package dev.copernicus.serialization;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.security.CodeSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.Version;

/**
 * Jackson 2 and Jackson 3 share one artifact, {@code jackson-annotations}, and each Jackson 3 release needs
 * a newer one than Jackson 2 hosts bring. When the host's comes first on the class path (Maven's
 * nearest-wins, or a Spark cluster's jars folder), its classes shadow the newer ones and Jackson 3 fails
 * deep inside a read with a {@code NoClassDefFoundError} or {@code NoSuchMethodError}. This finds that
 * once, so the codec can say what to do instead.
 */
final class JacksonAnnotations {
  private static final @Nullable String PROBLEM = problem(
      tools.jackson.databind.cfg.PackageVersion.VERSION,
      JsonProperty.class.getPackage().getImplementationVersion());

  private JacksonAnnotations() {}

  static void check() {
    if (PROBLEM != null) {
      throw new IllegalStateException(PROBLEM);
    }
  }

  /**
   * What is wrong with running Jackson {@code databind} on the annotations of version {@code annotations}
   * (as the first jar of their package declares it), or null. Jackson 3.x is built on jackson-annotations
   * 2.(20 + x); an annotations jar that does not say its version is given the benefit of the doubt.
   */
  static @Nullable String problem(Version databind, String annotations) {
    int needed = 20 + databind.getMinorVersion();
    int found = minor(annotations);
    if (found < 0 || found >= needed) {
      return null;
    }
    CodeSource older = JsonProperty.class.getProtectionDomain().getCodeSource();
    return "Jackson " + databind + " needs jackson-annotations 2." + needed + " or newer, but "
        + annotations
        + " comes first on the class path" + (older == null ? "" : " (" + older.getLocation() + ")")
        + ". With Maven, import copernicus-bom before other BOMs (or declare jackson-annotations 2."
        + needed + ");"
        + " on Spark, which ships an older one, put the newer jar first with"
        + " --conf spark.driver.extraClassPath and spark.executor.extraClassPath (see the README).";
  }

  /** The minor version of a 2.x version string, or -1 when it is not one. */
  private static int minor(String version) {
    if (version == null || !version.startsWith("2.")) {
      return -1;
    }
    int end = 2;
    while (end < version.length() && Character.isDigit(version.charAt(end))) {
      end++;
    }
    return end == 2 ? -1 : Integer.parseInt(version.substring(2, end));
  }
}
