package dev.copernicus.scoring.growth;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingCentre;
import dev.copernicus.core.model.BuyingCentreId;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.Whitespace;
import dev.copernicus.core.model.Whitespace.Totals;
import dev.copernicus.scoring.Contribution;
import dev.copernicus.scoring.Scores;
import dev.copernicus.scoring.SubScore;
import dev.copernicus.scoring.internal.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Growth potential: how much of the account we could still win, and whether we can reach it. Computed
 * from the whitespace grid in the currency that holds the most potential; a plan that maps no potential
 * has none to judge, and gets no result rather than a made-up one.
 *
 * <pre>{@code
 * GrowthAnalyzer.create(GrowthPolicy.defaults()).analyze(plan, balanceIndex, health)
 *     .ifPresent(growth -> System.out.println(growth.getScore() + " " + growth.getWinnable()));
 * }</pre>
 */
public final class GrowthAnalyzer {
  private final GrowthPolicy policy;
  private final Texts texts;

  private GrowthAnalyzer(GrowthPolicy policy, Texts texts) {
    this.policy = policy;
    this.texts = texts;
  }

  /** An analyzer with {@code policy}, writing its explanations in English. */
  public static GrowthAnalyzer create(GrowthPolicy policy) {
    return new GrowthAnalyzer(Objects.requireNonNull(policy, "policy"), Texts.ENGLISH);
  }

  /**
   * This analyzer writing its explanations in {@code locale}: Spanish for any Spanish locale,
   * English for any other. The numbers do not depend on it.
   */
  public GrowthAnalyzer withLocale(Locale locale) {
    return new GrowthAnalyzer(policy, Texts.in(locale));
  }

  /**
   * The growth potential of {@code plan}, given its outside-in balance index and its overall health (both
   * 0-100); empty when the plan's whitespace grid states no potential.
   */
  public Optional<GrowthResult> analyze(AccountPlan plan, double balanceIndex, double health) {
    Optional<Totals> grid = Whitespace.total(plan).stream()
        .filter(t -> t.potential().signum() > 0)
        .max(Comparator.comparing(Totals::potential));
    if (grid.isEmpty()) {
      return Optional.empty();
    }
    Totals total = grid.get();
    List<Totals> centres = Whitespace.byCentre(plan).stream()
        .filter(t -> t.currency().equals(total.currency()))
        .toList();
    Set<String> known = centresWhereWeKnowSomeone(plan);
    Map<String, String> names = plan.getBuyingCentres().stream()
        .collect(Collectors.toMap(c -> c.getId().value(), BuyingCentre::getName, (a, b) -> a));
    Function<Totals, String> name = t -> names.getOrDefault(t.key(), t.key());

    BigDecimal outOfReach = centres.stream()
        .filter(t -> !known.contains(t.key()))
        .map(Totals::winnable)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<SubScore> components = List.of(
        whitespace(total, centres, name),
        reach(total, centres, known, name),
        given("balance", policy.getBalanceWeight(), balanceIndex),
        given("health", policy.getHealthWeight(), health));
    double score = Scores.weightedMean(components);
    return Optional.of(GrowthResult.builder()
        .score(score)
        .band(policy.getBands().of(score))
        .currency(total.currency())
        .current(total.current())
        .winnable(total.winnable())
        .outOfReach(outOfReach)
        .components(components)
        .build());
  }

  /** The share of the account's potential with us still to win, centre by centre. */
  private SubScore whitespace(Totals total, List<Totals> centres, Function<Totals, String> name) {
    double base = total.current().add(total.winnable()).doubleValue();
    List<Contribution> contributions = new ArrayList<>();
    for (Totals centre : centres) {
      double share = base == 0 ? 0 : 100 * centre.winnable().doubleValue() / base;
      double whole =
          base == 0 ? 0 : 100 * centre.current().add(centre.winnable()).doubleValue() / base;
      contributions.add(Contribution.of(
          centre.key(),
          texts.get(
              "growth.centre-buys",
              name.apply(centre),
              money(centre.current(), total),
              money(centre.winnable(), total)),
          share,
          whole));
    }
    return SubScore.ofContributions(
        "whitespace", policy.getWhitespaceWeight(), texts.get("growth.whitespace"), contributions);
  }

  /** The share of the winnable whitespace in centres where somebody on our team knows someone. */
  private SubScore reach(
      Totals total, List<Totals> centres, Set<String> known, Function<Totals, String> name) {
    double winnable = total.winnable().doubleValue();
    List<Contribution> contributions = new ArrayList<>();
    for (Totals centre : centres) {
      if (centre.winnable().signum() == 0) {
        continue;
      }
      double share = 100 * centre.winnable().doubleValue() / winnable;
      boolean reached = known.contains(centre.key());
      contributions.add(Contribution.of(
          centre.key(),
          reached
              ? texts.get("growth.reached", name.apply(centre))
              : texts.get("growth.unreached", name.apply(centre), money(centre.winnable(), total)),
          reached ? share : 0,
          share));
    }
    return SubScore.ofContributions(
        "reach",
        winnable == 0 ? 0 : policy.getReachWeight(),
        texts.get("growth.reach"),
        contributions);
  }

  private SubScore given(String name, double weight, double value) {
    String explanation = texts.get("growth." + name);
    return SubScore.ofContributions(
        name, weight, explanation, List.of(Contribution.of(name, explanation, value, 100)));
  }

  /** Buying centres with a stakeholder somebody on our team knows, as the relationship scores count knowing. */
  private static Set<String> centresWhereWeKnowSomeone(AccountPlan plan) {
    Set<StakeholderId> knownPeople = new HashSet<>();
    for (Relationship relationship : plan.getRelationships()) {
      if (relationship.isKnownOn(plan.getRelationshipScale())) {
        knownPeople.add(relationship.getStakeholder());
      }
    }
    Set<String> centres = new HashSet<>();
    for (Stakeholder person : plan.getStakeholders()) {
      if (knownPeople.contains(person.getId())) {
        person.getBuyingCentre().map(BuyingCentreId::value).ifPresent(centres::add);
      }
    }
    return centres;
  }

  private static String money(BigDecimal amount, Totals total) {
    return amount.toPlainString() + " " + total.currency().getCurrencyCode();
  }
}
