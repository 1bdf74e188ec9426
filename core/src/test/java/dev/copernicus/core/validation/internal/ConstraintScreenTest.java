package dev.copernicus.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.ForeignPrinciple;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.core.validation.ValidationPolicy;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The screen lets the engine skip a plan only when the engine would find nothing in it, and then it always does. */
class ConstraintScreenTest {
  private static final Validator ENGINE = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory()
      .getValidator();
  // Fresh screens for each test class run, so that what they compile is this code's compilation.
  private final ConstraintScreen SCREEN = ConstraintScreen.ofAnnotationsAfresh();
  private final ConstraintScreen FROM_METADATA = ConstraintScreen.of(ENGINE);

  @Provide
  Arbitrary<AccountPlan> plans() {
    return RandomPlans.plans();
  }

  @Property(tries = 1000)
  void passesExactlyThePlansInWhichTheEngineFindsNothing(@ForAll("plans") AccountPlan plan) {
    boolean nothingToFind = ENGINE.validate(plan).isEmpty();

    assertThat(SCREEN.passes(plan)).as("the annotations as code").isEqualTo(nothingToFind);
    assertThat(SCREEN.passesByRules(plan))
        .as("the annotations read as data")
        .isEqualTo(nothingToFind);
    assertThat(FROM_METADATA.passes(plan))
        .as("read from the engine's metadata")
        .isEqualTo(nothingToFind);
  }

  /**
   * A random plan usually breaks a rule early (its id, say), which hides the checks after it: each of
   * its values on its own, from the plan down to a relationship's evidence, is judged alike by the
   * code, by the rules and by the engine.
   */
  @Property(tries = 300)
  void judgesEveryValueOfAPlanOnItsOwnAsTheEngineDoes(@ForAll("plans") AccountPlan plan)
      throws ReflectiveOperationException {
    for (Object value : valuesIn(plan, new ArrayList<>())) {
      boolean nothingToFind = ENGINE.validate(value).isEmpty();

      assertThat(ModelConstraints.passes(value, SCREEN))
          .as("%s as code", value)
          .isEqualTo(nothingToFind);
      assertThat(SCREEN.passesByRules(value)).as("%s as data", value).isEqualTo(nothingToFind);
    }
  }

  /** {@code value} and every value of the model it holds, through the getters of its model type. */
  private static List<Object> valuesIn(Object value, List<Object> values)
      throws ReflectiveOperationException {
    values.add(value);
    for (Class<?> type : value.getClass().getInterfaces()) {
      if (!type.getPackage().equals(AccountPlan.class.getPackage())) {
        continue;
      }
      for (Method getter : type.getMethods()) {
        if (getter.getParameterCount() == 0 && getter.getName().startsWith("get")) {
          Object held = getter.invoke(value);
          List<?> each = held instanceof Optional<?> optional
              ? optional.stream().toList()
              : held instanceof List<?> list ? list : List.of(held);
          for (Object item : each) {
            if (item.getClass().getPackage().equals(AccountPlan.class.getPackage())
                && !item.getClass().isEnum()) {
              valuesIn(item, values);
            }
          }
        }
      }
    }
    return values;
  }

  @Test
  void leavesAValueOfAClassTheModelDidNotGenerateToItsRules() {
    AccountPlan plan = ExamplePlans.talentAcquisition();
    for (String owner : List.of("Lena", " ")) {
      AccountPlan foreign = plan.withPrinciples(new ForeignPrinciple(owner));
      boolean nothingToFind = ENGINE.validate(foreign).isEmpty();

      assertThat(nothingToFind).as("owner %s", owner).isEqualTo(!owner.isBlank());
      assertThat(SCREEN.passes(foreign)).as("owner %s", owner).isEqualTo(nothingToFind);
    }
  }

  @Test
  void passesEverySoundExamplePlanSoTheEngineIsSkipped() {
    List<AccountPlan> sound = ExamplePlans.all().stream()
        .filter(plan -> ENGINE.validate(plan).isEmpty())
        .toList();

    assertThat(sound).hasSizeGreaterThan(3).allSatisfy(plan -> {
      assertThat(SCREEN.passes(plan)).isTrue();
      assertThat(FROM_METADATA.passes(plan)).isTrue();
    });
  }

  @Test
  void neverPassesATextTheEngineFindsBlankWhateverTheWhitespace() {
    AccountPlan plan = ExamplePlans.talentAcquisition();
    for (String name :
        List.of("", " ", "\t\n", "\u2003", "\u00a0", "\u0001", "\u001c", "x", " x ")) {
      AccountPlan renamed = plan.withStakeholders(plan.getStakeholders().get(0).withName(name));

      if (SCREEN.passes(renamed)) {
        assertThat(ENGINE.validate(renamed))
            .as("name %s", name.codePoints().boxed().toList())
            .isEmpty();
      }
    }
    // A control character is blank to older engines (trim) and not to this one (isBlank): the
    // screen asks.
    assertThat(
            SCREEN.passes(plan.withStakeholders(plan.getStakeholders().get(0).withName("\u0001"))))
        .isFalse();
    assertThat(SCREEN.passes(plan.withStakeholders(plan.getStakeholders().get(0).withName(" x "))))
        .isTrue();
  }

  @Test
  void judgesBoundsAsTheEngineDoes() {
    AccountPlan plan = ExamplePlans.talentAcquisition();
    Opportunity first = plan.getOpportunities().get(0);
    for (int probability : new int[] {-1, 0, 100, 101}) {
      AccountPlan changed = plan.withOpportunities(first.withProbability(probability));

      assertThat(SCREEN.passes(changed))
          .as("probability %s", probability)
          .isEqualTo(ENGINE.validate(changed).isEmpty());
    }
    AccountPlan bank = ExamplePlans.bankOnboarding();
    for (String margin : List.of("-100.0", "-100.01", "100", "100.000001")) {
      AccountPlan changed = bank.withEngagements(
          bank.getEngagements().get(0).withMarginPercent(new BigDecimal(margin)));

      assertThat(SCREEN.passes(changed))
          .as("margin %s", margin)
          .isEqualTo(ENGINE.validate(changed).isEmpty());
    }
  }

  @Test
  void leavesAConstraintItDoesNotKnowToTheEngine() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure();
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.type(Stakeholder.class).getter("name").constraint(new SizeDef().max(5));
    Validator host = configuration
        .addMapping(mapping)
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
    AccountPlan plan = ExamplePlans.talentAcquisition();

    assertThat(ConstraintScreen.of(host).passes(plan)).isFalse();
    assertThat(PlanValidator.create(ValidationPolicy.defaults(), host)
            .validate(plan)
            .errors())
        .anySatisfy(error -> assertThat(error.getPath()).startsWith("/stakeholders/"));
  }

  /** A value of any shape the engine opens: a map's keys and values, a list cascaded as a whole, an optional bound. */
  public static final class Holder {
    private final Map<String, Inner> byName;
    private final List<Inner> items;
    private final Optional<Integer> rank;

    Holder(Map<String, Inner> byName, List<Inner> items, Optional<Integer> rank) {
      this.byName = byName;
      this.items = items;
      this.rank = rank;
    }

    public Map<@NotBlank String, @Valid Inner> getByName() {
      return byName;
    }

    @Valid
    public List<Inner> getItems() {
      return items;
    }

    public Optional<@Min(1) @Max(5) Integer> getRank() {
      return rank;
    }
  }

  /** Numbers of every kind the bounds read, a required value, and containers cascaded whole. */
  public static final class Numbers {
    private final Object[] values;

    Numbers(Object... values) {
      this.values = values;
    }

    public @Min(1) @Max(5) Long getLong() {
      return (Long) values[0];
    }

    public @Min(1) @Max(5) Short getShort() {
      return (Short) values[1];
    }

    public @Min(1) @Max(5) java.math.BigInteger getBig() {
      return (java.math.BigInteger) values[2];
    }

    @jakarta.validation.constraints.NotNull
    public String getCode() {
      return (String) values[3];
    }

    @Valid
    public Optional<Inner> getBest() {
      return Optional.ofNullable((Inner) values[4]);
    }

    @Valid
    public Map<String, Inner> getIndex() {
      return values[5] == null ? Map.of() : Map.of("k", (Inner) values[5]);
    }
  }

  /** An element with a constraint of its own. */
  public static final class Inner {
    private final String name;

    Inner(String name) {
      this.name = name;
    }

    @NotBlank
    public String getName() {
      return name;
    }
  }

  @Test
  void readsBoundsOnEveryExactNumberRequiredValuesAndWholeContainersAsTheEngineDoes() {
    Inner good = new Inner("a");
    Inner blank = new Inner("");
    java.math.BigInteger three = java.math.BigInteger.valueOf(3);
    List<Numbers> values = List.of(
        new Numbers(3L, (short) 3, three, "c", good, good),
        new Numbers(0L, (short) 3, three, "c", null, null),
        new Numbers(3L, (short) 6, three, "c", null, null),
        new Numbers(3L, (short) 3, java.math.BigInteger.TEN, "c", null, null),
        new Numbers(3L, (short) 3, three, null, null, null),
        new Numbers(3L, (short) 3, three, "c", blank, null),
        new Numbers(3L, (short) 3, three, "c", null, blank));
    for (Numbers value : values) {
      boolean nothingToFind = ENGINE.validate(value).isEmpty();

      assertThat(ConstraintScreen.ofAnnotationsAfresh().passes(value))
          .as("annotations")
          .isEqualTo(nothingToFind);
      assertThat(ConstraintScreen.of(ENGINE).passes(value)).as("metadata").isEqualTo(nothingToFind);
    }
    assertThat(values.stream().filter(v -> ENGINE.validate(v).isEmpty())).hasSize(1);
  }

  @Test
  void opensMapsListsAndOptionalsAsTheEngineDoes() {
    Inner good = new Inner("a");
    Inner blank = new Inner(" ");
    List<Holder> holders = List.of(
        new Holder(Map.of("k", good), List.of(good), Optional.of(3)),
        new Holder(Map.of(" ", good), List.of(good), Optional.empty()),
        new Holder(Map.of("k", blank), List.of(good), Optional.of(1)),
        new Holder(Map.of("k", good), List.of(good, blank), Optional.of(5)),
        new Holder(Map.of(), List.of(), Optional.of(0)),
        new Holder(Map.of(), List.of(), Optional.of(6)));
    for (Holder holder : holders) {
      boolean nothingToFind = ENGINE.validate(holder).isEmpty();

      assertThat(ConstraintScreen.ofAnnotationsAfresh().passes(holder))
          .as("annotations")
          .isEqualTo(nothingToFind);
      assertThat(ConstraintScreen.of(ENGINE).passes(holder))
          .as("metadata")
          .isEqualTo(nothingToFind);
    }
    assertThat(holders.stream().filter(h -> ENGINE.validate(h).isEmpty())).hasSize(1);
  }
}
