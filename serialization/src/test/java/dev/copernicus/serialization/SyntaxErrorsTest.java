package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.serialization.PlanFormatException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A document that is not well-formed JSON or YAML says what is wrong, in the format's words, at the
 * line and column where a person fixes it: the mistakes people make when they write a plan by hand.
 */
class SyntaxErrorsTest {
  private static final String YAML_HEAD =
      "schemaVersion: " + PlanCodec.schemaVersion() + "\nid: p\nasOf: 2026-01-15\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
          a tab for indentation    | account:\\n\\tname: Acme\\n | cannot start any token | 5 | 1
          an unclosed quote        | account:\\n  name: "Acme\\n  industry: Banks\\n | found unexpected end of stream, while scanning a quoted scalar from line 5, column 9 | 7 | 1
          a list item out of line  | account:\\n  name: Acme\\n  businessModel:\\n    channels:\\n    - a\\n   - b\\n | found '<block sequence start>', while parsing a block mapping from line 5, column 3 | 9 | 4
          an unclosed flow list    | account:\\n  name: Acme\\n  businessModel:\\n    channels: [a, b\\n | expected ',' or ']', but got <stream end>, while parsing a flow sequence from line 7, column 15 | 8 | 1
          a colon in a plain text  | account:\\n  name: Acme: Corp\\n | mapping values are not allowed here | 5 | 13
          a control character      | account:\\n  name: Ac\\u0007me\\n | The character U+0007 is not allowed in YAML | 5 | 11
          """)
  void aYamlSyntaxErrorSaysWhatTheParserFoundWhereItFoundIt(
      String name, String body, String says, int line, int column) {
    byte[] document =
        (YAML_HEAD + unescaped(body)).getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PlanCodec.yaml().read(document))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
          assertThat(e.getMessage())
              .containsIgnoringCase(says)
              .doesNotContain("while scanning for the next token");
          assertThat(e.line()).as(e.getMessage()).contains(line);
          assertThat(e.column()).as(e.getMessage()).contains(column);
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
          NaN                | "relationshipScale": NaN   | 'NaN' is not a JSON number
          -Infinity          | "relationshipScale": -Infinity | '-Infinity' is not a JSON number
          a line comment     | // a comment\\n "relationshipScale": 3 | JSON has no comments
          a block comment    | /* a comment */ "relationshipScale": 3 | JSON has no comments
          a hexadecimal      | "relationshipScale": 0x3   | JSON numbers are decimal
          a plus sign        | "relationshipScale": +3    | does not allow numbers to have plus signs
          a leading zero     | "relationshipScale": 03    | Leading zeroes not allowed
          """)
  void aJsonSyntaxErrorNamesNoSettingOfTheParser(String name, String field, String says) {
    String document =
        "{\"schemaVersion\": %d, \"id\": \"p\", \"asOf\": \"2026-01-15\", %s, \"account\": {\"name\": \"A\"}}"
            .formatted(PlanCodec.schemaVersion(), unescaped(field));

    assertThatThrownBy(() -> PlanCodec.json().read(document))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
          assertThat(e.getMessage()).contains(says).doesNotContain("Feature", "`", "enabl");
          assertThat(e.line()).isPresent();
        });
  }

  @Test
  void aCharacterYamlRefusesIsPlacedAsAnEditorCountsWhateverTheLineBreaksAndByteOrderMark() {
    assertThat(placeOf("a\u0007: 1\n")).containsExactly(1, 2);
    assertThat(placeOf("\uFEFFa\u0007: 1\n")).containsExactly(1, 2);
    assertThat(placeOf("x: 1\r\ny: 2\rz: 3\nab\u0007: 1\n")).containsExactly(4, 3);
  }

  private static Integer[] placeOf(String yaml) {
    try {
      PlanCodec.yaml().read(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (PlanFormatException e) {
      assertThat(e.getMessage()).contains("U+0007");
      return new Integer[] {e.line().orElseThrow(), e.column().orElseThrow()};
    }
    throw new AssertionError("read " + yaml);
  }

  private static String unescaped(String text) {
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\u0007", "\u0007");
  }
}
