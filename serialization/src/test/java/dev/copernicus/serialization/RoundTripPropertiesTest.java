package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.testkit.RandomPlans;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the model can hold, the format carries intact, in both notations, or refuses to write. */
class RoundTripPropertiesTest {

  @Provide
  Arbitrary<AccountPlan> plans() {
    return RandomPlans.plans();
  }

  @Property(tries = 300)
  void jsonRoundTripIsLossless(@ForAll("plans") AccountPlan plan) {
    byte[] written = PlanCodec.json().write(plan);

    assertThat(PlanCodec.json().read(written)).isEqualTo(plan);
    assertThat(PlanCodec.json().write(PlanCodec.json().read(written))).isEqualTo(written);
  }

  @Property(tries = 300)
  void yamlRoundTripIsLossless(@ForAll("plans") AccountPlan plan) {
    byte[] written = PlanCodec.yaml().write(plan);

    assertThat(PlanCodec.yaml().read(written)).isEqualTo(plan);
  }

  /**
   * Texts as people and other systems write them: over many lines, with YAML's own signs, blank lines,
   * tabs, every kind of line break, emoji, and any character at all, half a surrogate pair included.
   */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings()
            .withChars("ab \t\n\r#:-|>&*!%@`'\"{}[],?~\u0085\u2028\u2029\ufeff\u00a0")
            .withChars("\ud83d\ude00")
            .ofMaxLength(60),
        Arbitraries.of("yes", "no", "null", "~", "true", "0x1F", "1e3", ".inf", "---", "..."),
        // A whole character whose second half lies in the surrogate range (U+1D800).
        Arbitraries.of("\ud836\udc00"));
  }

  @Property(tries = 1000)
  void anyTextReadsBackAsWrittenOrIsRefusedWithItsPlace(@ForAll("texts") String text) {
    AccountPlan example = ExamplePlans.talentAcquisition();
    AccountPlan plan = example
        .withVision(text)
        .withStakeholders(example.getStakeholders().get(0).withName(text + "\n" + text));
    // codePoints() pairs what pairs, so any surrogate left over stands alone.
    boolean unicode = text.codePoints()
        .noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);

    for (PlanCodec codec : List.of(PlanCodec.json(), PlanCodec.yaml())) {
      if (unicode) {
        assertThat(codec.read(codec.write(plan))).isEqualTo(plan);
      } else {
        PlanFormatException refused =
            catchThrowableOfType(PlanFormatException.class, () -> codec.write(plan));
        assertThat(refused.kind()).isEqualTo(PlanFormatException.Kind.INVALID_VALUE);
        assertThat(refused.pointer()).isIn("/vision", "/stakeholders/0/name");
        assertThat(refused.getMessage()).contains("lone surrogate", "cannot be written");
      }
    }
  }
}
