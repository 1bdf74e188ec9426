package dev.copernicus.core.validation.internal;

import dev.copernicus.core.internal.Pointer;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.EntityId;
import java.util.List;
import java.util.Optional;

/**
 * Every reference from one part of a plan to another, with where it is written. Handed one at a time
 * to a visitor rather than gathered: a map of 100,000 people holds half a million, of which only the
 * few that dangle are ever spelled out. Internal.
 */
final class References {
  /** Sees each reference: {@code target}, written at item {@code item} (or -1 for a single value) of {@code field} of {@code collection}[{@code index}]. */
  interface Visitor {
    void visit(String collection, int index, String field, int item, EntityId target);
  }

  /** The pointer of a reference that {@link Visitor#visit} saw. */
  static String path(String collection, int index, String field, int item) {
    return item < 0
        ? Pointer.of(collection, index, field)
        : Pointer.of(collection, index, field, item);
  }

  private final Visitor visitor;

  private References(Visitor visitor) {
    this.visitor = visitor;
  }

  static void visit(AccountPlan plan, Visitor visitor) {
    References refs = new References(visitor);
    for (int i = 0; i < plan.getStakeholders().size(); i++) {
      refs.one(plan.getStakeholders().get(i).getReportsTo(), "stakeholders", i, "reportsTo");
      refs.one(plan.getStakeholders().get(i).getBuyingCentre(), "stakeholders", i, "buyingCentre");
    }
    for (int i = 0; i < plan.getRelationships().size(); i++) {
      var r = plan.getRelationships().get(i);
      refs.one(r.getTeamMember(), "relationships", i, "teamMember");
      refs.one(r.getStakeholder(), "relationships", i, "stakeholder");
    }
    for (int i = 0; i < plan.getGoals().size(); i++) {
      refs.all(plan.getGoals().get(i).getProblems(), "goals", i, "problems");
    }
    for (int i = 0; i < plan.getSuccessMetrics().size(); i++) {
      var m = plan.getSuccessMetrics().get(i);
      refs.one(m.getGoal(), "successMetrics", i, "goal");
      refs.one(m.getProblem(), "successMetrics", i, "problem");
    }
    for (int i = 0; i < plan.getInsights().size(); i++) {
      var insight = plan.getInsights().get(i);
      refs.one(insight.getSource(), "insights", i, "source");
      refs.all(insight.getGoals(), "insights", i, "goals");
    }
    for (int i = 0; i < plan.getChallenges().size(); i++) {
      refs.all(plan.getChallenges().get(i).getGoals(), "challenges", i, "goals");
    }
    for (int i = 0; i < plan.getPolicies().size(); i++) {
      refs.all(plan.getPolicies().get(i).getChallenges(), "policies", i, "challenges");
    }
    for (int i = 0; i < plan.getIssues().size(); i++) {
      var issue = plan.getIssues().get(i);
      refs.one(issue.getOwner(), "issues", i, "owner");
      refs.all(issue.getStakeholders(), "issues", i, "stakeholders");
    }
    for (int i = 0; i < plan.getOpportunities().size(); i++) {
      var o = plan.getOpportunities().get(i);
      refs.all(o.getOfferings(), "opportunities", i, "offerings");
      refs.all(o.getGoals(), "opportunities", i, "goals");
      refs.all(o.getProblems(), "opportunities", i, "problems");
    }
    for (int i = 0; i < plan.getActions().size(); i++) {
      var a = plan.getActions().get(i);
      refs.one(a.getOwner(), "actions", i, "owner");
      refs.all(a.getGoals(), "actions", i, "goals");
      refs.all(a.getProblems(), "actions", i, "problems");
      refs.all(a.getOpportunities(), "actions", i, "opportunities");
      refs.all(a.getIssues(), "actions", i, "issues");
      refs.all(a.getStakeholders(), "actions", i, "stakeholders");
    }
    for (int i = 0; i < plan.getGovernance().size(); i++) {
      var g = plan.getGovernance().get(i);
      refs.one(g.getTeamMember(), "governance", i, "teamMember");
      refs.one(g.getStakeholder(), "governance", i, "stakeholder");
    }
    for (int i = 0; i < plan.getWhitespace().size(); i++) {
      var cell = plan.getWhitespace().get(i);
      refs.one(cell.getCentre(), "whitespace", i, "centre");
      refs.one(cell.getOffering(), "whitespace", i, "offering");
    }
  }

  private void one(Optional<? extends EntityId> id, String collection, int index, String field) {
    if (id.isPresent()) {
      one(id.get(), collection, index, field);
    }
  }

  // No Optional made for a reference that is always there: a large map has 480,000 of them.
  private void one(EntityId id, String collection, int index, String field) {
    visitor.visit(collection, index, field, -1, id);
  }

  private void all(List<? extends EntityId> ids, String collection, int index, String field) {
    for (int j = 0; j < ids.size(); j++) {
      visitor.visit(collection, index, field, j, ids.get(j));
    }
  }
}
