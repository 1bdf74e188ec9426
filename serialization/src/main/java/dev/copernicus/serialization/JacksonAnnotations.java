package dev.copernicus.serialization;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.security.CodeSource;

/**
 * Jackson 2 and Jackson 3 share one artifact, {@code jackson-annotations}, and the library's Jackson 3
 * needs a newer release than Jackson 2 hosts bring. When the host's comes first on the class path (Maven's
 * nearest-wins, or a Spark cluster's jars folder), Jackson 3 fails deep inside its first read with a
 * {@code NoClassDefFoundError}. This finds that once, so the codec can say what to do instead.
 */
final class JacksonAnnotations {
  /**
   * A member that first appeared in the release the library's Jackson 3 is built on, on a class that is
   * in every release: when an older jar comes first, its copy of the class wins and lacks the member. (A
   * class that is new in that release proves nothing: a newer jar further down the class path supplies it,
   * while the older classes shadow their newer versions.)
   */
  private static final String CLASS = "com.fasterxml.jackson.annotation.JsonIncludeProperties$Value";
  private static final String MEMBER = "getOrdered";
  private static final String NEEDED = "2.22";
  private static final String PROBLEM = problem();

  private JacksonAnnotations() {}

  static void check() {
    if (PROBLEM != null) {
      throw new IllegalStateException(PROBLEM);
    }
  }

  private static String problem() {
    try {
      Class.forName(CLASS, false, JacksonAnnotations.class.getClassLoader()).getMethod(MEMBER);
      return null;
    } catch (ReflectiveOperationException e) {
      CodeSource older = JsonProperty.class.getProtectionDomain().getCodeSource();
      return "Copernicus needs jackson-annotations " + NEEDED + " or newer, but an older one comes first on the class path"
          + (older == null ? "" : " (" + older.getLocation() + ")")
          + ". With Maven, import copernicus-bom before other BOMs (or declare jackson-annotations " + NEEDED + ");"
          + " on Spark, which ships an older one, put the newer jar first with"
          + " --conf spark.driver.extraClassPath and spark.executor.extraClassPath (see the README).";
    }
  }
}
