package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.RandomPlans;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the model can hold, the format carries intact, in both notations. */
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
}
