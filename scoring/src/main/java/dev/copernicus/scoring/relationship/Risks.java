package dev.copernicus.scoring.relationship;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.scoring.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where the account is exposed, read from the map's facts, in the order a reader meets them. */
final class Risks {
  private Risks() {}

  /** Every risk the map shows. */
  static List<Risk> of(MapFacts facts, Texts texts) {
    List<Risk> risks = new ArrayList<>();
    singleThreaded(facts, texts).ifPresent(risks::add);
    List<Integer> economicBuyers = facts.withRole(BuyingRole.ECONOMIC_BUYER);
    if (economicBuyers.isEmpty()) {
      risks.add(risk(Code.MAP_NO_ECONOMIC_BUYER, List.of(), texts));
    }
    for (int i : economicBuyers) {
      if (facts.threads[i] == 0) {
        risks.add(risk(Code.ECONOMIC_BUYER_UNKNOWN, List.of(facts.id(i)), texts, facts.name(i)));
      }
    }
    for (int i : facts.withRole(BuyingRole.DECISION_MAKER)) {
      if (facts.threads[i] == 0) {
        risks.add(risk(Code.DECISION_MAKER_UNCOVERED, List.of(facts.id(i)), texts, facts.name(i)));
      }
    }
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      if (facts.influentialDetractor[i]) {
        Stakeholder s = facts.stakeholders.get(i);
        String support = texts.name(s.getSupport().orElseThrow()).toLowerCase(Locale.ROOT);
        risks.add(
            risk(Code.INFLUENTIAL_DETRACTOR, List.of(facts.id(i)), texts, facts.name(i), support));
      }
    }
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      if (facts.key[i] && facts.threads[i] > 0 && facts.stale[i]) {
        risks.add(
            facts.lastInteraction[i] == null
                ? Risk.of(
                    Code.STALE_KEY_RELATIONSHIP,
                    List.of(facts.id(i)),
                    texts.get("relationship.stale-key.never", facts.name(i)))
                : risk(
                    Code.STALE_KEY_RELATIONSHIP,
                    List.of(facts.id(i)),
                    texts,
                    facts.name(i),
                    facts.lastInteraction[i],
                    texts.days(facts.daysSince[i])));
      }
    }
    for (int r = 0; r < facts.plan.getRelationships().size(); r++) {
      if (facts.unbacked(r)) {
        Relationship relationship = facts.plan.getRelationships().get(r);
        int i = facts.relationshipStakeholder[r];
        risks.add(risk(
            Code.STRONG_WITHOUT_EVIDENCE,
            List.of(relationship.getTeamMember().value(), facts.id(i)),
            texts,
            facts.memberName(facts.relationshipMember[r]),
            facts.name(i),
            relationship.getStrength(),
            facts.scale));
      }
    }
    if (facts.stakeholders.stream().noneMatch(Stakeholder::guidesUs)) {
      risks.add(risk(Code.MAP_NO_COACH, List.of(), texts));
    }
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      if (facts.upAndComer[i] && facts.threads[i] == 0) {
        risks.add(risk(Code.UP_AND_COMER_UNKNOWN, List.of(facts.id(i)), texts, facts.name(i)));
      }
    }
    return risks;
  }

  /** One of our people holds more than the policy's share of the known relationships with key stakeholders. */
  private static Optional<Risk> singleThreaded(MapFacts facts, Texts texts) {
    int[] held = new int[facts.plan.getTeamMembers().size()];
    int total = 0;
    for (int r = 0; r < facts.opensThread.length; r++) {
      if (facts.opensThread[r] && facts.key[facts.relationshipStakeholder[r]]) {
        held[facts.relationshipMember[r]]++;
        total++;
      }
    }
    if (total == 0) {
      return Optional.empty();
    }
    // The one holding most; of equals, the first in the team.
    int top = 0;
    for (int t = 1; t < held.length; t++) {
      if (held[t] > held[top]) {
        top = t;
      }
    }
    if (held[top] / (double) total <= facts.policy.getSingleThreadShare()) {
      return Optional.empty();
    }
    List<Integer> theirs = new ArrayList<>();
    for (int r = 0; r < facts.opensThread.length; r++) {
      int i = facts.relationshipStakeholder[r];
      if (facts.opensThread[r] && facts.relationshipMember[r] == top && facts.key[i]) {
        theirs.add(i);
      }
    }
    List<String> subjects = new ArrayList<>();
    subjects.add(facts.memberId(top));
    theirs.stream().sorted().forEach(i -> subjects.add(facts.id(i)));
    return Optional.of(risk(
        Code.SINGLE_THREADED,
        subjects,
        texts,
        facts.memberName(top),
        held[top],
        total,
        Math.round(100.0 * held[top] / total)));
  }

  private static Risk risk(Code code, List<String> subjects, Texts texts, Object... args) {
    return Risk.of(code, subjects, texts.get(code.messageKey(), args));
  }
}
