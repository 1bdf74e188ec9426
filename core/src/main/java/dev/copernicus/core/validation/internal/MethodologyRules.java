package dev.copernicus.core.validation.internal;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.internal.Pointer;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.CommitmentKind;
import dev.copernicus.core.model.EntityId;
import dev.copernicus.core.model.Horizon;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.RelationshipIssue;
import dev.copernicus.core.model.ResponseMode;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.SuccessMetric;
import dev.copernicus.core.model.Support;
import dev.copernicus.core.model.WhitespaceCell;
import dev.copernicus.core.model.WhitespaceStatus;
import dev.copernicus.core.validation.RuleContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Warnings: methodology advice from the source articles and the established tools. Internal. */
public final class MethodologyRules {
  private MethodologyRules() {}

  /** The methodology rules, in the order they run. */
  public static List<BuiltInRule> all() {
    return List.of(
        BuiltInRule.of(Code.HORIZON_MISSING, MethodologyRules::horizonMissing),
        BuiltInRule.of(Code.HORIZON_TOO_SHORT, MethodologyRules::horizonTooShort),
        BuiltInRule.of(Code.GOAL_TOO_MANY_TOP, MethodologyRules::tooManyTopGoals),
        BuiltInRule.of(Code.METRIC_NOT_MEASURABLE, MethodologyRules::metricNotMeasurable),
        BuiltInRule.of(Code.INSIGHT_UNCONFIRMED, MethodologyRules::insightUnconfirmed),
        BuiltInRule.of(Code.MAP_NO_ECONOMIC_BUYER, MethodologyRules::noEconomicBuyer),
        BuiltInRule.of(Code.MAP_MANY_ECONOMIC_BUYERS, MethodologyRules::manyEconomicBuyers),
        BuiltInRule.of(Code.MAP_NO_COACH, MethodologyRules::noCoach),
        BuiltInRule.of(Code.MAP_SUPPORT_IMBALANCE, MethodologyRules::supportImbalance),
        BuiltInRule.of(Code.STAKEHOLDER_ROLE_UNKNOWN, MethodologyRules::roleUnknown),
        BuiltInRule.of(Code.ECONOMIC_BUYER_NO_URGENCY, MethodologyRules::economicBuyerNoUrgency),
        BuiltInRule.of(Code.STRONG_WITHOUT_EVIDENCE, MethodologyRules::strongWithoutEvidence),
        BuiltInRule.of(Code.ISSUE_NO_RESOLUTION_PLAN, MethodologyRules::issueNoResolutionPlan),
        BuiltInRule.of(
            Code.OPPORTUNITY_WHILE_ISSUE_OPEN, MethodologyRules::opportunityWhileIssueOpen),
        BuiltInRule.of(Code.ACTION_NO_OWNER, MethodologyRules::actionNoOwner),
        BuiltInRule.of(Code.ACTION_NO_DEADLINE, MethodologyRules::actionNoDeadline),
        BuiltInRule.of(Code.COMMITMENT_NO_NOT_DO, MethodologyRules::noNotDoCommitment),
        BuiltInRule.of(Code.WHITESPACE_COMPETITOR_UNNAMED, MethodologyRules::competitorUnnamed));
  }

  static void horizonMissing(AccountPlan plan, RuleContext context) {
    if (plan.getHorizon().isEmpty()) {
      context.report("/horizon", null);
    }
  }

  /** "No longer than one fiscal year": the horizon ends before {@code start + minHorizonMonths}. */
  static void horizonTooShort(AccountPlan plan, RuleContext context) {
    Optional<Horizon> horizon = plan.getHorizon();
    int months = context.policy().getMinHorizonMonths();
    if (horizon.isPresent()
        && !horizon.get().getEnd().isBefore(horizon.get().getStart())
        && horizon.get().getEnd().isBefore(horizon.get().getStart().plusMonths(months))) {
      context.report("/horizon", null, horizon.get().getStart(), horizon.get().getEnd(), months);
    }
  }

  static void tooManyTopGoals(AccountPlan plan, RuleContext context) {
    long top = plan.getGoals().stream().filter(g -> g.isTop()).count();
    if (top > context.policy().getMaxTopGoals()) {
      context.report("/goals", top, top, context.policy().getMaxTopGoals());
    }
  }

  static void metricNotMeasurable(AccountPlan plan, RuleContext context) {
    for (int i = 0; i < plan.getSuccessMetrics().size(); i++) {
      SuccessMetric metric = plan.getSuccessMetrics().get(i);
      if (metric.getBaseline().isEmpty()) {
        context.report(
            Pointer.of("successMetrics", i, "baseline"), null, metric.getName(), "baseline");
      }
      if (metric.getTarget().isEmpty()) {
        context.report(Pointer.of("successMetrics", i, "target"), null, metric.getName(), "target");
      }
      if (metric.getDueDate().isEmpty()) {
        context.report(
            Pointer.of("successMetrics", i, "dueDate"), null, metric.getName(), "dueDate");
      }
    }
  }

  static void insightUnconfirmed(AccountPlan plan, RuleContext context) {
    for (int i = 0; i < plan.getInsights().size(); i++) {
      if (!plan.getInsights().get(i).isConfirmed()) {
        context.report(
            Pointer.of("insights", i, "confirmedOn"),
            null,
            plan.getInsights().get(i).getStatement());
      }
    }
  }

  static void noEconomicBuyer(AccountPlan plan, RuleContext context) {
    if (countWithRole(plan, BuyingRole.ECONOMIC_BUYER) == 0) {
      context.report("/stakeholders", null);
    }
  }

  static void manyEconomicBuyers(AccountPlan plan, RuleContext context) {
    long count = countWithRole(plan, BuyingRole.ECONOMIC_BUYER);
    if (count > 1) {
      context.report("/stakeholders", count, count);
    }
  }

  static void noCoach(AccountPlan plan, RuleContext context) {
    if (plan.getStakeholders().stream().noneMatch(Stakeholder::guidesUs)) {
      context.report("/stakeholders", null);
    }
  }

  /** Altify's red flag: supporters no more than non-supporters, among stakeholders whose support is known. */
  static void supportImbalance(AccountPlan plan, RuleContext context) {
    long supporters = plan.getStakeholders().stream()
        .filter(s -> s.getSupport().filter(Support::isForUs).isPresent())
        .count();
    long against =
        plan.getStakeholders().stream().filter(Stakeholder::isAgainstUs).count();
    if (against > 0 && supporters <= against) {
      context.report("/stakeholders", null, supporters, against);
    }
  }

  static void roleUnknown(AccountPlan plan, RuleContext context) {
    for (int i = 0; i < plan.getStakeholders().size(); i++) {
      Stakeholder s = plan.getStakeholders().get(i);
      if (s.getBuyingRoles().isEmpty()) {
        context.report(Pointer.of("stakeholders", i, "buyingRoles"), null, s.getName());
      }
    }
  }

  static void economicBuyerNoUrgency(AccountPlan plan, RuleContext context) {
    for (int i = 0; i < plan.getStakeholders().size(); i++) {
      Stakeholder s = plan.getStakeholders().get(i);
      Optional<ResponseMode> mode = s.getResponseMode();
      if (s.plays(BuyingRole.ECONOMIC_BUYER)
          && mode.isPresent()
          && (mode.get() == ResponseMode.EVEN_KEEL || mode.get() == ResponseMode.OVERCONFIDENT)) {
        context.report(
            Pointer.of("stakeholders", i, "responseMode"), mode.get(), s.getName(), mode.get());
      }
    }
  }

  static void strongWithoutEvidence(AccountPlan plan, RuleContext context) {
    Map<EntityId, String> names = new HashMap<>();
    plan.getTeamMembers().forEach(t -> names.putIfAbsent(t.getId(), t.getName()));
    plan.getStakeholders().forEach(s -> names.putIfAbsent(s.getId(), s.getName()));
    for (int i = 0; i < plan.getRelationships().size(); i++) {
      Relationship r = plan.getRelationships().get(i);
      if (r.isUnbackedOn(plan.getRelationshipScale())) {
        context.report(
            Pointer.of("relationships", i, "evidence"),
            null,
            names.getOrDefault(r.getTeamMember(), r.getTeamMember().value()),
            names.getOrDefault(r.getStakeholder(), r.getStakeholder().value()),
            r.getStrength());
      }
    }
  }

  static void issueNoResolutionPlan(AccountPlan plan, RuleContext context) {
    for (int i = 0; i < plan.getIssues().size(); i++) {
      RelationshipIssue issue = plan.getIssues().get(i);
      if (issue.isUnresolved() && issue.getResolutionPlan().isEmpty()) {
        context.report(Pointer.of("issues", i, "resolutionPlan"), null, issue.getSummary());
      }
    }
  }

  /** New business while a severe issue is unresolved and no open action resolves it: the cow is in the ditch [004]. */
  static void opportunityWhileIssueOpen(AccountPlan plan, RuleContext context) {
    java.util.Set<dev.copernicus.core.model.IssueId> beingResolved = new java.util.HashSet<>();
    plan.getActions().stream()
        .filter(
            a -> a.isOpen() && a.getKind() == dev.copernicus.core.model.ActionKind.ISSUE_RESOLUTION)
        .forEach(a -> beingResolved.addAll(a.getIssues()));
    Optional<RelationshipIssue> blocking = plan.getIssues().stream()
        .filter(RelationshipIssue::isUnresolved)
        .filter(issue ->
            issue.getSeverity().compareTo(context.policy().getBlockingIssueSeverity()) >= 0)
        .filter(issue -> !beingResolved.contains(issue.getId()))
        .findFirst();
    if (blocking.isEmpty()) {
      return;
    }
    for (int i = 0; i < plan.getOpportunities().size(); i++) {
      if (plan.getOpportunities().get(i).isOpen()) {
        context.report(
            Pointer.of("opportunities", i),
            null,
            plan.getOpportunities().get(i).getName(),
            blocking.get().getSummary());
      }
    }
  }

  static void actionNoOwner(AccountPlan plan, RuleContext context) {
    for (int i = 0; i < plan.getActions().size(); i++) {
      Action action = plan.getActions().get(i);
      if (action.isOpen() && action.getOwner().isEmpty()) {
        context.report(Pointer.of("actions", i, "owner"), null, action.getTitle());
      }
    }
  }

  static void actionNoDeadline(AccountPlan plan, RuleContext context) {
    for (int i = 0; i < plan.getActions().size(); i++) {
      Action action = plan.getActions().get(i);
      if (action.isOpen() && action.getDueDate().isEmpty()) {
        context.report(Pointer.of("actions", i, "dueDate"), null, action.getTitle());
      }
    }
  }

  static void noNotDoCommitment(AccountPlan plan, RuleContext context) {
    if (plan.getCommitments().stream().noneMatch(c -> c.getKind() == CommitmentKind.NOT_DO)) {
      context.report("/commitments", null);
    }
  }

  private static long countWithRole(AccountPlan plan, BuyingRole role) {
    return plan.getStakeholders().stream().filter(s -> s.plays(role)).count();
  }

  static void competitorUnnamed(AccountPlan plan, RuleContext context) {
    for (int i = 0; i < plan.getWhitespace().size(); i++) {
      WhitespaceCell cell = plan.getWhitespace().get(i);
      if (cell.getStatus() == WhitespaceStatus.COMPETITOR_HELD
          && cell.getCompetitor().isEmpty()) {
        context.report(Pointer.of("whitespace", i, "competitor"), null);
      }
    }
  }
}
