package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnknownFieldsTest {
  private static final String DOCUMENT = """
      {
        "schemaVersion": 2,
        "id": "p-1",
        "asOf": "2026-01-15",
        "account": {"name": "Acme", "crmId": "0015g00000XyZ"},
        "stakeholders": [
          {"id": "s-1", "name": "Ann", "linkedIn": {"url": "https://example.org/ann", "followers": 1200}}
        ],
        "x-owner": "sales-ops"
      }
      """;

  @Test
  void strictByDefaultAnUnknownFieldIsAnErrorWithItsLocation() {
    assertThatThrownBy(() -> PlanCodec.json().read(DOCUMENT))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.kind()).isEqualTo(PlanFormatException.Kind.UNKNOWN_FIELD);
          assertThat(e.pointer()).isEqualTo("/account/crmId");
          assertThat(e.line()).contains(5);
          assertThat(e.getMessage())
              .isEqualTo("Unknown field 'crmId' in Account (line 5, column 31, at /account/crmId)");
        });
  }

  @Test
  void lenientModeKeepsUnknownFieldsThroughARoundTrip() {
    PlanCodec lenient = PlanCodec.builder().keepUnknownFields(true).build();

    PlanDocument document = lenient.readDocument(DOCUMENT.getBytes(StandardCharsets.UTF_8));

    assertThat(document.unknownFields())
        .containsOnlyKeys("/account/crmId", "/stakeholders/0/linkedIn", "/x-owner");
    assertThat(document.unknownFields().get("/stakeholders/0/linkedIn"))
        .isEqualTo("{\"url\":\"https://example.org/ann\",\"followers\":1200}");
    byte[] written = lenient.write(document);
    PlanDocument again = lenient.readDocument(written);
    assertThat(again).isEqualTo(document);
    assertThat(lenient.write(again)).isEqualTo(written);
  }

  @Test
  void aDuplicateKeyInsideAKeptFieldIsRefusedNotCollapsed() {
    PlanCodec lenient = PlanCodec.builder().keepUnknownFields(true).build();
    String document =
        DOCUMENT.replace("\"followers\": 1200", "\"followers\": 1200, \"followers\": 1300");

    assertThatThrownBy(() -> lenient.readDocument(document.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.kind()).isEqualTo(PlanFormatException.Kind.DUPLICATE_KEY);
          assertThat(e.line()).contains(7);
        });
  }

  @Test
  void lenientYamlKeepsThemToo() {
    PlanCodec lenient =
        PlanCodec.builder().format(Format.YAML).keepUnknownFields(true).build();

    PlanDocument document = lenient.readDocument("""
        schemaVersion: 1
        id: p-1
        asOf: 2026-01-15
        account:
          name: Acme
          tier: gold
        """.getBytes(StandardCharsets.UTF_8));

    assertThat(document.unknownFields()).containsEntry("/account/tier", "\"gold\"");
    assertThat(lenient.readDocument(lenient.write(document))).isEqualTo(document);
  }

  /** Past 64 KiB a YAML document is read with a larger buffer, through a mapper of its own. */
  @Test
  void aLargeLenientYamlDocumentKeepsThemToo() {
    PlanCodec lenient =
        PlanCodec.builder().format(Format.YAML).keepUnknownFields(true).build();
    String vision = "a destination ".repeat(6_000);

    String yaml = """
        schemaVersion: 1
        id: p-1
        asOf: 2026-01-15
        vision: %s
        account:
          name: Acme
          tier: gold
        """.formatted(vision.strip());

    PlanDocument document = lenient.readDocument(yaml.getBytes(StandardCharsets.UTF_8));

    assertThat(document.unknownFields()).containsEntry("/account/tier", "\"gold\"");
    assertThat(document.plan().getVision()).contains(vision.strip());
    assertThat(lenient.readDocument(lenient.write(document))).isEqualTo(document);
  }
}
