package dev.copernicus.serialization.internal;

import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.PlanFormatException.Kind;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Refuses what YAML can say and the format cannot carry, at the token that says it. Internal.
 *
 * <ul>
 *   <li>An <b>alias</b> ({@code *acme}) would otherwise arrive as the anchor's name, as text: silently
 *       wrong. Copernicus writes no anchors, and a plan is small enough to repeat a value.
 *   <li>A <b>tag</b> ({@code !!str}, {@code !!java.lang.ProcessBuilder}) can change what a value means;
 *       the format's meaning comes from the field, never from the document.
 * </ul>
 */
public final class YamlGuard extends JsonParserDelegate {
  private final YAMLParser yaml;

  /** Guards {@code parser}, which must be a YAML parser. */
  public YamlGuard(JsonParser parser) {
    super(parser);
    this.yaml = (YAMLParser) parser;
  }

  @Override
  public JsonToken nextToken() {
    JsonToken token = super.nextToken();
    if (yaml.isCurrentAlias()) {
      throw refused(aliasDetail(yaml.getString()));
    }
    Object tag = yaml.getTypeId();
    if (tag != null) {
      throw refused(tagDetail(tag));
    }
    return token;
  }

  /** What the format says of an alias to {@code anchor}: Jackson 2's bridge says the same. */
  public static String aliasDetail(String anchor) {
    return "A YAML alias (*" + anchor + ") is not part of the format: write the value itself";
  }

  /** What the format says of {@code tag}. */
  public static String tagDetail(Object tag) {
    return "A YAML tag (" + tag + ") is not part of the format: a value means what its field says";
  }

  private PlanFormatException refused(String detail) {
    TokenStreamLocation location = yaml.currentTokenLocation();
    return new PlanFormatException(
        Kind.UNSUPPORTED_FEATURE,
        detail,
        "",
        Math.max(0, location.getLineNr()),
        Math.max(0, location.getColumnNr()),
        null);
  }
}
