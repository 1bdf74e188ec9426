package dev.copernicus.serialization.internal;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.Account;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionId;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.ActionStatus;
import dev.copernicus.core.model.Assumption;
import dev.copernicus.core.model.AssumptionKind;
import dev.copernicus.core.model.BusinessModelCanvas;
import dev.copernicus.core.model.BuyingCentre;
import dev.copernicus.core.model.BuyingCentreId;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Challenge;
import dev.copernicus.core.model.ChallengeId;
import dev.copernicus.core.model.ClientInvolvement;
import dev.copernicus.core.model.Commitment;
import dev.copernicus.core.model.CommitmentKind;
import dev.copernicus.core.model.Competitor;
import dev.copernicus.core.model.CustomerGoal;
import dev.copernicus.core.model.CustomerJourney;
import dev.copernicus.core.model.CustomerProblem;
import dev.copernicus.core.model.DecisionOrientation;
import dev.copernicus.core.model.Engagement;
import dev.copernicus.core.model.Evidence;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.GovernanceRole;
import dev.copernicus.core.model.Horizon;
import dev.copernicus.core.model.Influence;
import dev.copernicus.core.model.Insight;
import dev.copernicus.core.model.InsightId;
import dev.copernicus.core.model.InsightKind;
import dev.copernicus.core.model.IssueId;
import dev.copernicus.core.model.IssueSeverity;
import dev.copernicus.core.model.IssueStatus;
import dev.copernicus.core.model.MacroFactor;
import dev.copernicus.core.model.MacroFactorKind;
import dev.copernicus.core.model.MetricId;
import dev.copernicus.core.model.Money;
import dev.copernicus.core.model.Offering;
import dev.copernicus.core.model.OfferingId;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.OpportunityId;
import dev.copernicus.core.model.OpportunityOrigin;
import dev.copernicus.core.model.OpportunityStage;
import dev.copernicus.core.model.Partner;
import dev.copernicus.core.model.PartnerId;
import dev.copernicus.core.model.PartnerKind;
import dev.copernicus.core.model.PlanId;
import dev.copernicus.core.model.Policy;
import dev.copernicus.core.model.Positioning;
import dev.copernicus.core.model.Principle;
import dev.copernicus.core.model.ProblemId;
import dev.copernicus.core.model.Purpose;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.RelationshipIssue;
import dev.copernicus.core.model.RelationshipLevel;
import dev.copernicus.core.model.ResourceLevel;
import dev.copernicus.core.model.ResourceNeed;
import dev.copernicus.core.model.ResponseMode;
import dev.copernicus.core.model.Review;
import dev.copernicus.core.model.ReviewKind;
import dev.copernicus.core.model.Sentiment;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.SuccessMetric;
import dev.copernicus.core.model.Support;
import dev.copernicus.core.model.TeamMember;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.core.model.TeamRole;
import dev.copernicus.core.model.Tone;
import dev.copernicus.core.model.WhitespaceCell;
import dev.copernicus.core.model.WhitespaceStatus;
import dev.copernicus.core.validation.Finding;
import dev.copernicus.core.validation.Severity;
import dev.copernicus.core.validation.ValidationReport;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.Cap;
import dev.copernicus.scoring.Contribution;
import dev.copernicus.scoring.NextStep;
import dev.copernicus.scoring.Observation;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.SubScore;
import dev.copernicus.scoring.balance.BalanceResult;
import dev.copernicus.scoring.balance.Orientation;
import dev.copernicus.scoring.completeness.Check;
import dev.copernicus.scoring.completeness.CheckResult;
import dev.copernicus.scoring.completeness.CompletenessResult;
import dev.copernicus.scoring.completeness.Framework;
import dev.copernicus.scoring.completeness.PlanElement;
import dev.copernicus.scoring.completeness.Section;
import dev.copernicus.scoring.completeness.SectionResult;
import dev.copernicus.scoring.growth.GrowthResult;
import dev.copernicus.scoring.momentum.MomentumResult;
import dev.copernicus.scoring.relationship.Departure;
import dev.copernicus.scoring.relationship.PathToDecisionMaker;
import dev.copernicus.scoring.relationship.RelationshipAssessment;
import dev.copernicus.scoring.relationship.Risk;
import dev.copernicus.scoring.relationship.StakeholderRow;
import dev.copernicus.serialization.internal.TypeModel.Cardinality;
import dev.copernicus.serialization.internal.TypeModel.Declared;
import dev.copernicus.serialization.internal.TypeModel.Shape;
import dev.copernicus.serialization.internal.TypeModel.Wrapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Generated by {@code ModelFormatTest}: do not edit. Each value type of the format (every type a
 * plan, a framework or a scorecard reaches), its properties, and the code that reads, builds and
 * sets them. Finding them by reflection and calling them through method handles was more than
 * half of a fresh JVM's first read of a plan (136-182 against 83-102 ms on JDK 17; 71-83 against
 * 32-36 ms on JDK 25 with an AOT cache, which did not keep that work). The test derives this
 * file again from the value types and fails when it differs.
 */
final class ModelFormat {
  private ModelFormat() {}

  /**
   * The shape of {@code type}, a value type of the format, its properties' shapes found by {@code
   * model}; null for any other type.
   */
  static @Nullable Shape describe(Class<?> type, TypeModel model) {
    return switch (type.getName()) {
      case "dev.copernicus.core.model.Account" ->
        model.composite(
            Account.class,
            0,
            optional("businessModel", BusinessModelCanvas.class, 0),
            optional("industry", String.class, 1),
            required("name", String.class, 2),
            listOf("regions", String.class, 3),
            optional("segment", String.class, 4),
            optional("sentiment", Sentiment.class, 5));
      case "dev.copernicus.core.model.AccountPlan" ->
        model.composite(
            AccountPlan.class,
            1,
            required("account", Account.class, 6),
            listOf("actions", Action.class, 7),
            required("asOf", LocalDate.class, 8),
            listOf("assumptions", Assumption.class, 9),
            listOf("buyingCentres", BuyingCentre.class, 10),
            listOf("challenges", Challenge.class, 11),
            optional("clientInvolvement", ClientInvolvement.class, 12),
            listOf("commitments", Commitment.class, 13),
            listOf("competitors", Competitor.class, 14),
            listOf("engagements", Engagement.class, 15),
            listOf("goals", CustomerGoal.class, 16),
            listOf("governance", GovernanceRole.class, 17),
            optional("history", String.class, 18),
            optional("horizon", Horizon.class, 19),
            required("id", PlanId.class, 20),
            listOf("insights", Insight.class, 21),
            listOf("issues", RelationshipIssue.class, 22),
            optional("journey", CustomerJourney.class, 23),
            optional("lastUpdated", LocalDate.class, 24),
            listOf("macroFactors", MacroFactor.class, 25),
            listOf("offerings", Offering.class, 26),
            listOf("opportunities", Opportunity.class, 27),
            listOf("partners", Partner.class, 28),
            listOf("policies", Policy.class, 29),
            optional("positioning", Positioning.class, 30),
            listOf("principles", Principle.class, 31),
            listOf("problems", CustomerProblem.class, 32),
            optional("purpose", Purpose.class, 33),
            defaulted("relationshipScale", int.class, 34),
            listOf("relationships", Relationship.class, 35),
            listOf("resources", ResourceNeed.class, 36),
            listOf("reviews", Review.class, 37),
            listOf("stakeholders", Stakeholder.class, 38),
            listOf("successMetrics", SuccessMetric.class, 39),
            listOf("teamMembers", TeamMember.class, 40),
            optional("title", String.class, 41),
            optional("vision", String.class, 42),
            listOf("whitespace", WhitespaceCell.class, 43));
      case "dev.copernicus.core.model.Action" ->
        model.composite(
            Action.class,
            2,
            optional("completedOn", LocalDate.class, 44),
            optional("dueDate", LocalDate.class, 45),
            listOf("goals", GoalId.class, 46),
            required("id", ActionId.class, 47),
            listOf("issues", IssueId.class, 48),
            required("kind", ActionKind.class, 49),
            listOf("opportunities", OpportunityId.class, 50),
            optional("owner", TeamMemberId.class, 51),
            listOf("problems", ProblemId.class, 52),
            listOf("stakeholders", StakeholderId.class, 53),
            defaulted("status", ActionStatus.class, 54),
            required("title", String.class, 55));
      case "dev.copernicus.core.model.ActionId" -> new Wrapper(ActionId.class, 3);
      case "dev.copernicus.core.model.Assumption" ->
        model.composite(
            Assumption.class,
            4,
            required("kind", AssumptionKind.class, 56),
            required("statement", String.class, 57));
      case "dev.copernicus.core.model.BusinessModelCanvas" ->
        model.composite(
            BusinessModelCanvas.class,
            5,
            listOf("channels", String.class, 58),
            listOf("costStructure", String.class, 59),
            listOf("customerRelationships", String.class, 60),
            listOf("customerSegments", String.class, 61),
            listOf("keyActivities", String.class, 62),
            listOf("keyPartners", String.class, 63),
            listOf("keyResources", String.class, 64),
            listOf("revenueStreams", String.class, 65),
            listOf("valuePropositions", String.class, 66));
      case "dev.copernicus.core.model.BuyingCentre" ->
        model.composite(
            BuyingCentre.class,
            6,
            optional("description", String.class, 67),
            required("id", BuyingCentreId.class, 68),
            required("name", String.class, 69));
      case "dev.copernicus.core.model.BuyingCentreId" -> new Wrapper(BuyingCentreId.class, 7);
      case "dev.copernicus.core.model.Challenge" ->
        model.composite(
            Challenge.class,
            8,
            required("cause", String.class, 70),
            listOf("goals", GoalId.class, 71),
            required("id", ChallengeId.class, 72),
            optional("symptom", String.class, 73));
      case "dev.copernicus.core.model.ChallengeId" -> new Wrapper(ChallengeId.class, 9);
      case "dev.copernicus.core.model.ClientInvolvement" ->
        model.composite(
            ClientInvolvement.class,
            10,
            defaulted("clientBuyIn", boolean.class, 74),
            listOf("listenOnlySessions", LocalDate.class, 75),
            defaulted("teamBuyIn", boolean.class, 76),
            optional("validatedOn", LocalDate.class, 77));
      case "dev.copernicus.core.model.Commitment" ->
        model.composite(
            Commitment.class,
            11,
            optional("by", LocalDate.class, 78),
            optional("condition", String.class, 79),
            required("kind", CommitmentKind.class, 80),
            required("statement", String.class, 81));
      case "dev.copernicus.core.model.Competitor" ->
        model.composite(
            Competitor.class,
            12,
            optional("mitigation", String.class, 82),
            required("name", String.class, 83),
            listOf("strengths", String.class, 84),
            listOf("weaknesses", String.class, 85));
      case "dev.copernicus.core.model.CustomerGoal" ->
        model.composite(
            CustomerGoal.class,
            13,
            optional("alignment", String.class, 86),
            defaulted("confirmedByCustomer", boolean.class, 87),
            optional("expectedOutcome", String.class, 88),
            required("id", GoalId.class, 89),
            listOf("problems", ProblemId.class, 90),
            optional("rank", Integer.class, 91),
            required("statement", String.class, 92),
            defaulted("top", boolean.class, 93),
            optional("whyItMatters", String.class, 94));
      case "dev.copernicus.core.model.CustomerJourney" ->
        model.composite(
            CustomerJourney.class,
            14,
            listOf("toMoveForward", String.class, 95),
            listOf("todayBarriers", String.class, 96),
            listOf("todayEmotions", String.class, 97),
            listOf("todayNeeds", String.class, 98),
            listOf("tomorrow", String.class, 99),
            listOf("uncertainFuture", String.class, 100));
      case "dev.copernicus.core.model.CustomerProblem" ->
        model.composite(
            CustomerProblem.class,
            15,
            optional("businessImpact", String.class, 101),
            defaulted("confirmedByCustomer", boolean.class, 102),
            required("id", ProblemId.class, 103),
            required("statement", String.class, 104),
            optional("whyTheyCare", String.class, 105));
      case "dev.copernicus.core.model.Engagement" ->
        model.composite(
            Engagement.class,
            16,
            optional("end", LocalDate.class, 106),
            optional("marginPercent", BigDecimal.class, 107),
            required("name", String.class, 108),
            optional("narrative", String.class, 109),
            optional("revenue", Money.class, 110),
            optional("start", LocalDate.class, 111));
      case "dev.copernicus.core.model.Evidence" ->
        model.composite(
            Evidence.class,
            17,
            optional("date", LocalDate.class, 112),
            required("description", String.class, 113),
            defaulted("tone", Tone.class, 114));
      case "dev.copernicus.core.model.GoalId" -> new Wrapper(GoalId.class, 18);
      case "dev.copernicus.core.model.GovernanceRole" ->
        model.composite(
            GovernanceRole.class,
            19,
            required("responsibility", String.class, 115),
            optional("stakeholder", StakeholderId.class, 116),
            optional("teamMember", TeamMemberId.class, 117));
      case "dev.copernicus.core.model.Horizon" ->
        model.composite(
            Horizon.class,
            20,
            required("end", LocalDate.class, 118),
            required("start", LocalDate.class, 119));
      case "dev.copernicus.core.model.Insight" ->
        model.composite(
            Insight.class,
            21,
            optional("confirmedOn", LocalDate.class, 120),
            listOf("goals", GoalId.class, 121),
            required("id", InsightId.class, 122),
            required("kind", InsightKind.class, 123),
            optional("source", StakeholderId.class, 124),
            required("statement", String.class, 125));
      case "dev.copernicus.core.model.InsightId" -> new Wrapper(InsightId.class, 22);
      case "dev.copernicus.core.model.IssueId" -> new Wrapper(IssueId.class, 23);
      case "dev.copernicus.core.model.MacroFactor" ->
        model.composite(
            MacroFactor.class,
            24,
            required("description", String.class, 126),
            optional("implication", String.class, 127),
            required("kind", MacroFactorKind.class, 128));
      case "dev.copernicus.core.model.MetricId" -> new Wrapper(MetricId.class, 25);
      case "dev.copernicus.core.model.Money" ->
        model.record(
            Money.class,
            26,
            required("amount", BigDecimal.class, 129),
            required("currency", Currency.class, 130));
      case "dev.copernicus.core.model.Offering" ->
        model.composite(
            Offering.class,
            27,
            optional("description", String.class, 131),
            required("id", OfferingId.class, 132),
            required("name", String.class, 133));
      case "dev.copernicus.core.model.OfferingId" -> new Wrapper(OfferingId.class, 28);
      case "dev.copernicus.core.model.Opportunity" ->
        model.composite(
            Opportunity.class,
            29,
            optional("closeDate", LocalDate.class, 134),
            listOf("goals", GoalId.class, 135),
            required("id", OpportunityId.class, 136),
            required("name", String.class, 137),
            listOf("offerings", OfferingId.class, 138),
            optional("origin", OpportunityOrigin.class, 139),
            optional("probability", Integer.class, 140),
            listOf("problems", ProblemId.class, 141),
            required("stage", OpportunityStage.class, 142),
            optional("value", Money.class, 143));
      case "dev.copernicus.core.model.OpportunityId" -> new Wrapper(OpportunityId.class, 30);
      case "dev.copernicus.core.model.Partner" ->
        model.composite(
            Partner.class,
            31,
            optional("contribution", String.class, 144),
            required("id", PartnerId.class, 145),
            required("kind", PartnerKind.class, 146),
            required("name", String.class, 147),
            listOf("sharedClients", String.class, 148));
      case "dev.copernicus.core.model.PartnerId" -> new Wrapper(PartnerId.class, 32);
      case "dev.copernicus.core.model.PlanId" -> new Wrapper(PlanId.class, 33);
      case "dev.copernicus.core.model.Policy" ->
        model.composite(
            Policy.class,
            34,
            listOf("challenges", ChallengeId.class, 149),
            required("statement", String.class, 150));
      case "dev.copernicus.core.model.Positioning" ->
        model.composite(
            Positioning.class,
            35,
            optional("howTheySeeUs", String.class, 151),
            listOf("preferences", String.class, 152),
            listOf("priorities", String.class, 153),
            optional("valueProposition", String.class, 154));
      case "dev.copernicus.core.model.Principle" ->
        model.composite(
            Principle.class,
            36,
            required("statement", String.class, 155),
            optional("walkAwayWhen", String.class, 156));
      case "dev.copernicus.core.model.ProblemId" -> new Wrapper(ProblemId.class, 37);
      case "dev.copernicus.core.model.Purpose" ->
        model.composite(
            Purpose.class,
            38,
            optional("aspiration", String.class, 157),
            optional("rank", Integer.class, 158),
            required("statement", String.class, 159));
      case "dev.copernicus.core.model.Relationship" ->
        model.composite(
            Relationship.class,
            39,
            optional("currentLevel", RelationshipLevel.class, 160),
            optional("desiredLevel", RelationshipLevel.class, 161),
            listOf("evidence", Evidence.class, 162),
            optional("lastInteraction", LocalDate.class, 163),
            required("stakeholder", StakeholderId.class, 164),
            required("strength", int.class, 165),
            required("teamMember", TeamMemberId.class, 166));
      case "dev.copernicus.core.model.RelationshipIssue" ->
        model.composite(
            RelationshipIssue.class,
            40,
            listOf("evidence", Evidence.class, 167),
            required("id", IssueId.class, 168),
            optional("owner", TeamMemberId.class, 169),
            optional("raisedOn", LocalDate.class, 170),
            optional("resolutionPlan", String.class, 171),
            required("severity", IssueSeverity.class, 172),
            listOf("stakeholders", StakeholderId.class, 173),
            defaulted("status", IssueStatus.class, 174),
            required("summary", String.class, 175));
      case "dev.copernicus.core.model.ResourceNeed" ->
        model.composite(
            ResourceNeed.class,
            41,
            required("description", String.class, 176),
            required("level", ResourceLevel.class, 177));
      case "dev.copernicus.core.model.Review" ->
        model.composite(
            Review.class,
            42,
            listOf("changes", String.class, 178),
            defaulted("clientPresent", boolean.class, 179),
            required("date", LocalDate.class, 180),
            required("kind", ReviewKind.class, 181));
      case "dev.copernicus.core.model.Sentiment" ->
        model.composite(
            Sentiment.class,
            43,
            optional("measuredOn", LocalDate.class, 182),
            required("nps", int.class, 183));
      case "dev.copernicus.core.model.Stakeholder" ->
        model.composite(
            Stakeholder.class,
            44,
            optional("buyingCentre", BuyingCentreId.class, 184),
            setOf("buyingRoles", BuyingRole.class, 185),
            optional("decisionOrientation", DecisionOrientation.class, 186),
            required("id", StakeholderId.class, 187),
            optional("influence", Influence.class, 188),
            optional("location", String.class, 189),
            required("name", String.class, 190),
            optional("orgUnit", String.class, 191),
            listOf("priorities", String.class, 192),
            optional("reportsTo", StakeholderId.class, 193),
            optional("responseMode", ResponseMode.class, 194),
            optional("support", Support.class, 195),
            optional("title", String.class, 196),
            defaulted("upAndComer", boolean.class, 197));
      case "dev.copernicus.core.model.StakeholderId" -> new Wrapper(StakeholderId.class, 45);
      case "dev.copernicus.core.model.SuccessMetric" ->
        model.composite(
            SuccessMetric.class,
            46,
            defaulted("agreedWithCustomer", boolean.class, 198),
            optional("baseline", BigDecimal.class, 199),
            optional("dueDate", LocalDate.class, 200),
            optional("goal", GoalId.class, 201),
            required("id", MetricId.class, 202),
            optional("measurementSource", String.class, 203),
            required("name", String.class, 204),
            optional("problem", ProblemId.class, 205),
            optional("target", BigDecimal.class, 206),
            optional("unit", String.class, 207));
      case "dev.copernicus.core.model.TeamMember" ->
        model.composite(
            TeamMember.class,
            47,
            listOf("caresAbout", String.class, 208),
            listOf("expertise", String.class, 209),
            required("id", TeamMemberId.class, 210),
            required("name", String.class, 211),
            optional("role", TeamRole.class, 212));
      case "dev.copernicus.core.model.TeamMemberId" -> new Wrapper(TeamMemberId.class, 48);
      case "dev.copernicus.core.model.WhitespaceCell" ->
        model.composite(
            WhitespaceCell.class,
            49,
            required("centre", BuyingCentreId.class, 213),
            optional("competitor", String.class, 214),
            optional("current", Money.class, 215),
            listOf("evidence", Evidence.class, 216),
            required("offering", OfferingId.class, 217),
            optional("potential", Money.class, 218),
            defaulted("status", WhitespaceStatus.class, 219));
      case "dev.copernicus.core.validation.Finding" ->
        model.composite(
            Finding.class,
            50,
            required("code", String.class, 220),
            required("message", String.class, 221),
            required("path", String.class, 222),
            required("severity", Severity.class, 223),
            optional("value", String.class, 224));
      case "dev.copernicus.core.validation.ValidationReport" ->
        model.composite(ValidationReport.class, 51, listOf("findings", Finding.class, 225));
      case "dev.copernicus.scoring.Cap" ->
        model.composite(
            Cap.class, 52, required("band", Band.class, 226), required("code", Code.class, 227));
      case "dev.copernicus.scoring.Contribution" ->
        model.composite(
            Contribution.class,
            53,
            required("detail", String.class, 228),
            required("points", double.class, 229),
            required("possible", double.class, 230),
            required("subject", String.class, 231));
      case "dev.copernicus.scoring.NextStep" ->
        model.composite(
            NextStep.class,
            54,
            required("area", String.class, 232),
            required("code", String.class, 233),
            defaulted("daysLate", int.class, 234),
            defaulted("gain", double.class, 235),
            defaulted("gainBeforeCaps", double.class, 236),
            required("message", String.class, 237),
            optional("path", String.class, 238));
      case "dev.copernicus.scoring.Observation" ->
        model.composite(
            Observation.class,
            55,
            required("code", Code.class, 239),
            required("message", String.class, 240),
            required("path", String.class, 241));
      case "dev.copernicus.scoring.Scorecard" ->
        model.composite(
            Scorecard.class,
            56,
            required("asOf", LocalDate.class, 242),
            required("balance", BalanceResult.class, 243),
            required("band", Band.class, 244),
            listOf("caps", Cap.class, 245),
            required("completeness", CompletenessResult.class, 246),
            optional("growth", GrowthResult.class, 247),
            required("momentum", MomentumResult.class, 248),
            listOf("nextSteps", NextStep.class, 249),
            required("plan", PlanId.class, 250),
            required("relationships", RelationshipAssessment.class, 251),
            required("score", double.class, 252),
            required("uncappedScore", double.class, 253),
            required("validation", ValidationReport.class, 254));
      case "dev.copernicus.scoring.SubScore" ->
        model.composite(
            SubScore.class,
            57,
            listOf("contributions", Contribution.class, 255),
            required("explanation", String.class, 256),
            required("name", String.class, 257),
            required("score", double.class, 258),
            required("weight", double.class, 259));
      case "dev.copernicus.scoring.balance.BalanceResult" ->
        model.composite(
            BalanceResult.class,
            58,
            required("band", Band.class, 260),
            listOf("components", SubScore.class, 261),
            required("index", double.class, 262),
            required("orientation", Orientation.class, 263),
            required("outsideIn", double.class, 264),
            listOf("tipping", Observation.class, 265));
      case "dev.copernicus.scoring.completeness.Check" ->
        model.composite(
            Check.class,
            59,
            required("element", PlanElement.class, 266),
            required("guidance", String.class, 267),
            defaulted("minimum", int.class, 268),
            defaulted("sufficiencyRequired", boolean.class, 269),
            defaulted("weight", double.class, 270));
      case "dev.copernicus.scoring.completeness.CheckResult" ->
        model.composite(
            CheckResult.class,
            60,
            required("element", String.class, 271),
            required("found", String.class, 272),
            required("guidance", String.class, 273),
            required("score", double.class, 274),
            required("section", String.class, 275),
            required("weight", double.class, 276));
      case "dev.copernicus.scoring.completeness.CompletenessResult" ->
        model.composite(
            CompletenessResult.class,
            61,
            required("band", Band.class, 277),
            required("framework", String.class, 278),
            required("score", double.class, 279),
            listOf("sections", SectionResult.class, 280));
      case "dev.copernicus.scoring.completeness.Framework" ->
        model.composite(
            Framework.class,
            62,
            required("id", String.class, 281),
            required("name", String.class, 282),
            listOf("sections", Section.class, 283),
            required("source", String.class, 284));
      case "dev.copernicus.scoring.completeness.Section" ->
        model.composite(
            Section.class,
            63,
            listOf("checks", Check.class, 285),
            required("id", String.class, 286),
            required("title", String.class, 287),
            defaulted("weight", double.class, 288));
      case "dev.copernicus.scoring.completeness.SectionResult" ->
        model.composite(
            SectionResult.class,
            64,
            listOf("checks", CheckResult.class, 289),
            required("id", String.class, 290),
            required("score", double.class, 291),
            required("title", String.class, 292),
            required("weight", double.class, 293));
      case "dev.copernicus.scoring.growth.GrowthResult" ->
        model.composite(
            GrowthResult.class,
            65,
            required("band", Band.class, 294),
            listOf("components", SubScore.class, 295),
            required("currency", Currency.class, 296),
            required("current", BigDecimal.class, 297),
            required("outOfReach", BigDecimal.class, 298),
            required("score", double.class, 299),
            required("winnable", BigDecimal.class, 300));
      case "dev.copernicus.scoring.momentum.MomentumResult" ->
        model.composite(
            MomentumResult.class,
            66,
            required("band", Band.class, 301),
            required("businessBeforeProblems", boolean.class, 302),
            listOf("components", SubScore.class, 303),
            optional("lastChanged", LocalDate.class, 304),
            listOf("observations", Observation.class, 305),
            required("score", double.class, 306),
            required("staticPlan", boolean.class, 307));
      case "dev.copernicus.scoring.relationship.Departure" ->
        model.composite(
            Departure.class,
            67,
            required("coverageLoss", double.class, 308),
            required("name", String.class, 309),
            required("ours", boolean.class, 310),
            required("person", String.class, 311),
            listOf("rolesWeakened", String.class, 312));
      case "dev.copernicus.scoring.relationship.PathToDecisionMaker" ->
        model.composite(
            PathToDecisionMaker.class,
            68,
            required("decisionMaker", StakeholderId.class, 313),
            listOf("names", String.class, 314),
            listOf("path", String.class, 315),
            required("role", BuyingRole.class, 316),
            optional("weakestLink", String.class, 317),
            required("weakestLinkStrength", double.class, 318));
      case "dev.copernicus.scoring.relationship.RelationshipAssessment" ->
        model.composite(
            RelationshipAssessment.class,
            69,
            required("band", Band.class, 319),
            listOf("ourDepartures", Departure.class, 320),
            listOf("pathsToDecisionMakers", PathToDecisionMaker.class, 321),
            listOf("risks", Risk.class, 322),
            required("score", double.class, 323),
            listOf("stakeholders", StakeholderRow.class, 324),
            listOf("subScores", SubScore.class, 325),
            listOf("theirDepartures", Departure.class, 326));
      case "dev.copernicus.scoring.relationship.Risk" ->
        model.composite(
            Risk.class,
            70,
            required("code", Code.class, 327),
            required("message", String.class, 328),
            listOf("subjects", String.class, 329));
      case "dev.copernicus.scoring.relationship.StakeholderRow" ->
        model.composite(
            StakeholderRow.class,
            71,
            required("bestStrength", int.class, 330),
            required("effectiveStrength", double.class, 331),
            listOf("gaps", String.class, 332),
            optional("heldBy", TeamMemberId.class, 333),
            required("key", boolean.class, 334),
            optional("lastInteraction", LocalDate.class, 335),
            required("name", String.class, 336),
            required("stakeholder", StakeholderId.class, 337),
            required("threads", int.class, 338),
            required("weight", double.class, 339));
      default -> null;
    };
  }

  /** The value of property {@code accessor} in {@code owner}. */
  static Object get(int accessor, Object owner) {
    return switch (accessor / 100) {
      case 0 -> get0(accessor, owner);
      case 1 -> get1(accessor, owner);
      case 2 -> get2(accessor, owner);
      case 3 -> get3(accessor, owner);
      default -> throw new IllegalArgumentException("No " + accessor);
    };
  }

  private static Object get0(int accessor, Object owner) {
    return switch (accessor) {
      case 0 -> ((Account) owner).getBusinessModel();
      case 1 -> ((Account) owner).getIndustry();
      case 2 -> ((Account) owner).getName();
      case 3 -> ((Account) owner).getRegions();
      case 4 -> ((Account) owner).getSegment();
      case 5 -> ((Account) owner).getSentiment();
      case 6 -> ((AccountPlan) owner).getAccount();
      case 7 -> ((AccountPlan) owner).getActions();
      case 8 -> ((AccountPlan) owner).getAsOf();
      case 9 -> ((AccountPlan) owner).getAssumptions();
      case 10 -> ((AccountPlan) owner).getBuyingCentres();
      case 11 -> ((AccountPlan) owner).getChallenges();
      case 12 -> ((AccountPlan) owner).getClientInvolvement();
      case 13 -> ((AccountPlan) owner).getCommitments();
      case 14 -> ((AccountPlan) owner).getCompetitors();
      case 15 -> ((AccountPlan) owner).getEngagements();
      case 16 -> ((AccountPlan) owner).getGoals();
      case 17 -> ((AccountPlan) owner).getGovernance();
      case 18 -> ((AccountPlan) owner).getHistory();
      case 19 -> ((AccountPlan) owner).getHorizon();
      case 20 -> ((AccountPlan) owner).getId();
      case 21 -> ((AccountPlan) owner).getInsights();
      case 22 -> ((AccountPlan) owner).getIssues();
      case 23 -> ((AccountPlan) owner).getJourney();
      case 24 -> ((AccountPlan) owner).getLastUpdated();
      case 25 -> ((AccountPlan) owner).getMacroFactors();
      case 26 -> ((AccountPlan) owner).getOfferings();
      case 27 -> ((AccountPlan) owner).getOpportunities();
      case 28 -> ((AccountPlan) owner).getPartners();
      case 29 -> ((AccountPlan) owner).getPolicies();
      case 30 -> ((AccountPlan) owner).getPositioning();
      case 31 -> ((AccountPlan) owner).getPrinciples();
      case 32 -> ((AccountPlan) owner).getProblems();
      case 33 -> ((AccountPlan) owner).getPurpose();
      case 34 -> ((AccountPlan) owner).getRelationshipScale();
      case 35 -> ((AccountPlan) owner).getRelationships();
      case 36 -> ((AccountPlan) owner).getResources();
      case 37 -> ((AccountPlan) owner).getReviews();
      case 38 -> ((AccountPlan) owner).getStakeholders();
      case 39 -> ((AccountPlan) owner).getSuccessMetrics();
      case 40 -> ((AccountPlan) owner).getTeamMembers();
      case 41 -> ((AccountPlan) owner).getTitle();
      case 42 -> ((AccountPlan) owner).getVision();
      case 43 -> ((AccountPlan) owner).getWhitespace();
      case 44 -> ((Action) owner).getCompletedOn();
      case 45 -> ((Action) owner).getDueDate();
      case 46 -> ((Action) owner).getGoals();
      case 47 -> ((Action) owner).getId();
      case 48 -> ((Action) owner).getIssues();
      case 49 -> ((Action) owner).getKind();
      case 50 -> ((Action) owner).getOpportunities();
      case 51 -> ((Action) owner).getOwner();
      case 52 -> ((Action) owner).getProblems();
      case 53 -> ((Action) owner).getStakeholders();
      case 54 -> ((Action) owner).getStatus();
      case 55 -> ((Action) owner).getTitle();
      case 56 -> ((Assumption) owner).getKind();
      case 57 -> ((Assumption) owner).getStatement();
      case 58 -> ((BusinessModelCanvas) owner).getChannels();
      case 59 -> ((BusinessModelCanvas) owner).getCostStructure();
      case 60 -> ((BusinessModelCanvas) owner).getCustomerRelationships();
      case 61 -> ((BusinessModelCanvas) owner).getCustomerSegments();
      case 62 -> ((BusinessModelCanvas) owner).getKeyActivities();
      case 63 -> ((BusinessModelCanvas) owner).getKeyPartners();
      case 64 -> ((BusinessModelCanvas) owner).getKeyResources();
      case 65 -> ((BusinessModelCanvas) owner).getRevenueStreams();
      case 66 -> ((BusinessModelCanvas) owner).getValuePropositions();
      case 67 -> ((BuyingCentre) owner).getDescription();
      case 68 -> ((BuyingCentre) owner).getId();
      case 69 -> ((BuyingCentre) owner).getName();
      case 70 -> ((Challenge) owner).getCause();
      case 71 -> ((Challenge) owner).getGoals();
      case 72 -> ((Challenge) owner).getId();
      case 73 -> ((Challenge) owner).getSymptom();
      case 74 -> ((ClientInvolvement) owner).isClientBuyIn();
      case 75 -> ((ClientInvolvement) owner).getListenOnlySessions();
      case 76 -> ((ClientInvolvement) owner).isTeamBuyIn();
      case 77 -> ((ClientInvolvement) owner).getValidatedOn();
      case 78 -> ((Commitment) owner).getBy();
      case 79 -> ((Commitment) owner).getCondition();
      case 80 -> ((Commitment) owner).getKind();
      case 81 -> ((Commitment) owner).getStatement();
      case 82 -> ((Competitor) owner).getMitigation();
      case 83 -> ((Competitor) owner).getName();
      case 84 -> ((Competitor) owner).getStrengths();
      case 85 -> ((Competitor) owner).getWeaknesses();
      case 86 -> ((CustomerGoal) owner).getAlignment();
      case 87 -> ((CustomerGoal) owner).isConfirmedByCustomer();
      case 88 -> ((CustomerGoal) owner).getExpectedOutcome();
      case 89 -> ((CustomerGoal) owner).getId();
      case 90 -> ((CustomerGoal) owner).getProblems();
      case 91 -> ((CustomerGoal) owner).getRank();
      case 92 -> ((CustomerGoal) owner).getStatement();
      case 93 -> ((CustomerGoal) owner).isTop();
      case 94 -> ((CustomerGoal) owner).getWhyItMatters();
      case 95 -> ((CustomerJourney) owner).getToMoveForward();
      case 96 -> ((CustomerJourney) owner).getTodayBarriers();
      case 97 -> ((CustomerJourney) owner).getTodayEmotions();
      case 98 -> ((CustomerJourney) owner).getTodayNeeds();
      case 99 -> ((CustomerJourney) owner).getTomorrow();
      default -> throw new IllegalArgumentException("No " + accessor);
    };
  }

  private static Object get1(int accessor, Object owner) {
    return switch (accessor) {
      case 100 -> ((CustomerJourney) owner).getUncertainFuture();
      case 101 -> ((CustomerProblem) owner).getBusinessImpact();
      case 102 -> ((CustomerProblem) owner).isConfirmedByCustomer();
      case 103 -> ((CustomerProblem) owner).getId();
      case 104 -> ((CustomerProblem) owner).getStatement();
      case 105 -> ((CustomerProblem) owner).getWhyTheyCare();
      case 106 -> ((Engagement) owner).getEnd();
      case 107 -> ((Engagement) owner).getMarginPercent();
      case 108 -> ((Engagement) owner).getName();
      case 109 -> ((Engagement) owner).getNarrative();
      case 110 -> ((Engagement) owner).getRevenue();
      case 111 -> ((Engagement) owner).getStart();
      case 112 -> ((Evidence) owner).getDate();
      case 113 -> ((Evidence) owner).getDescription();
      case 114 -> ((Evidence) owner).getTone();
      case 115 -> ((GovernanceRole) owner).getResponsibility();
      case 116 -> ((GovernanceRole) owner).getStakeholder();
      case 117 -> ((GovernanceRole) owner).getTeamMember();
      case 118 -> ((Horizon) owner).getEnd();
      case 119 -> ((Horizon) owner).getStart();
      case 120 -> ((Insight) owner).getConfirmedOn();
      case 121 -> ((Insight) owner).getGoals();
      case 122 -> ((Insight) owner).getId();
      case 123 -> ((Insight) owner).getKind();
      case 124 -> ((Insight) owner).getSource();
      case 125 -> ((Insight) owner).getStatement();
      case 126 -> ((MacroFactor) owner).getDescription();
      case 127 -> ((MacroFactor) owner).getImplication();
      case 128 -> ((MacroFactor) owner).getKind();
      case 129 -> ((Money) owner).amount();
      case 130 -> ((Money) owner).currency();
      case 131 -> ((Offering) owner).getDescription();
      case 132 -> ((Offering) owner).getId();
      case 133 -> ((Offering) owner).getName();
      case 134 -> ((Opportunity) owner).getCloseDate();
      case 135 -> ((Opportunity) owner).getGoals();
      case 136 -> ((Opportunity) owner).getId();
      case 137 -> ((Opportunity) owner).getName();
      case 138 -> ((Opportunity) owner).getOfferings();
      case 139 -> ((Opportunity) owner).getOrigin();
      case 140 -> ((Opportunity) owner).getProbability();
      case 141 -> ((Opportunity) owner).getProblems();
      case 142 -> ((Opportunity) owner).getStage();
      case 143 -> ((Opportunity) owner).getValue();
      case 144 -> ((Partner) owner).getContribution();
      case 145 -> ((Partner) owner).getId();
      case 146 -> ((Partner) owner).getKind();
      case 147 -> ((Partner) owner).getName();
      case 148 -> ((Partner) owner).getSharedClients();
      case 149 -> ((Policy) owner).getChallenges();
      case 150 -> ((Policy) owner).getStatement();
      case 151 -> ((Positioning) owner).getHowTheySeeUs();
      case 152 -> ((Positioning) owner).getPreferences();
      case 153 -> ((Positioning) owner).getPriorities();
      case 154 -> ((Positioning) owner).getValueProposition();
      case 155 -> ((Principle) owner).getStatement();
      case 156 -> ((Principle) owner).getWalkAwayWhen();
      case 157 -> ((Purpose) owner).getAspiration();
      case 158 -> ((Purpose) owner).getRank();
      case 159 -> ((Purpose) owner).getStatement();
      case 160 -> ((Relationship) owner).getCurrentLevel();
      case 161 -> ((Relationship) owner).getDesiredLevel();
      case 162 -> ((Relationship) owner).getEvidence();
      case 163 -> ((Relationship) owner).getLastInteraction();
      case 164 -> ((Relationship) owner).getStakeholder();
      case 165 -> ((Relationship) owner).getStrength();
      case 166 -> ((Relationship) owner).getTeamMember();
      case 167 -> ((RelationshipIssue) owner).getEvidence();
      case 168 -> ((RelationshipIssue) owner).getId();
      case 169 -> ((RelationshipIssue) owner).getOwner();
      case 170 -> ((RelationshipIssue) owner).getRaisedOn();
      case 171 -> ((RelationshipIssue) owner).getResolutionPlan();
      case 172 -> ((RelationshipIssue) owner).getSeverity();
      case 173 -> ((RelationshipIssue) owner).getStakeholders();
      case 174 -> ((RelationshipIssue) owner).getStatus();
      case 175 -> ((RelationshipIssue) owner).getSummary();
      case 176 -> ((ResourceNeed) owner).getDescription();
      case 177 -> ((ResourceNeed) owner).getLevel();
      case 178 -> ((Review) owner).getChanges();
      case 179 -> ((Review) owner).isClientPresent();
      case 180 -> ((Review) owner).getDate();
      case 181 -> ((Review) owner).getKind();
      case 182 -> ((Sentiment) owner).getMeasuredOn();
      case 183 -> ((Sentiment) owner).getNps();
      case 184 -> ((Stakeholder) owner).getBuyingCentre();
      case 185 -> ((Stakeholder) owner).getBuyingRoles();
      case 186 -> ((Stakeholder) owner).getDecisionOrientation();
      case 187 -> ((Stakeholder) owner).getId();
      case 188 -> ((Stakeholder) owner).getInfluence();
      case 189 -> ((Stakeholder) owner).getLocation();
      case 190 -> ((Stakeholder) owner).getName();
      case 191 -> ((Stakeholder) owner).getOrgUnit();
      case 192 -> ((Stakeholder) owner).getPriorities();
      case 193 -> ((Stakeholder) owner).getReportsTo();
      case 194 -> ((Stakeholder) owner).getResponseMode();
      case 195 -> ((Stakeholder) owner).getSupport();
      case 196 -> ((Stakeholder) owner).getTitle();
      case 197 -> ((Stakeholder) owner).isUpAndComer();
      case 198 -> ((SuccessMetric) owner).isAgreedWithCustomer();
      case 199 -> ((SuccessMetric) owner).getBaseline();
      default -> throw new IllegalArgumentException("No " + accessor);
    };
  }

  private static Object get2(int accessor, Object owner) {
    return switch (accessor) {
      case 200 -> ((SuccessMetric) owner).getDueDate();
      case 201 -> ((SuccessMetric) owner).getGoal();
      case 202 -> ((SuccessMetric) owner).getId();
      case 203 -> ((SuccessMetric) owner).getMeasurementSource();
      case 204 -> ((SuccessMetric) owner).getName();
      case 205 -> ((SuccessMetric) owner).getProblem();
      case 206 -> ((SuccessMetric) owner).getTarget();
      case 207 -> ((SuccessMetric) owner).getUnit();
      case 208 -> ((TeamMember) owner).getCaresAbout();
      case 209 -> ((TeamMember) owner).getExpertise();
      case 210 -> ((TeamMember) owner).getId();
      case 211 -> ((TeamMember) owner).getName();
      case 212 -> ((TeamMember) owner).getRole();
      case 213 -> ((WhitespaceCell) owner).getCentre();
      case 214 -> ((WhitespaceCell) owner).getCompetitor();
      case 215 -> ((WhitespaceCell) owner).getCurrent();
      case 216 -> ((WhitespaceCell) owner).getEvidence();
      case 217 -> ((WhitespaceCell) owner).getOffering();
      case 218 -> ((WhitespaceCell) owner).getPotential();
      case 219 -> ((WhitespaceCell) owner).getStatus();
      case 220 -> ((Finding) owner).getCode();
      case 221 -> ((Finding) owner).getMessage();
      case 222 -> ((Finding) owner).getPath();
      case 223 -> ((Finding) owner).getSeverity();
      case 224 -> ((Finding) owner).getValue();
      case 225 -> ((ValidationReport) owner).getFindings();
      case 226 -> ((Cap) owner).getBand();
      case 227 -> ((Cap) owner).getCode();
      case 228 -> ((Contribution) owner).getDetail();
      case 229 -> ((Contribution) owner).getPoints();
      case 230 -> ((Contribution) owner).getPossible();
      case 231 -> ((Contribution) owner).getSubject();
      case 232 -> ((NextStep) owner).getArea();
      case 233 -> ((NextStep) owner).getCode();
      case 234 -> ((NextStep) owner).getDaysLate();
      case 235 -> ((NextStep) owner).getGain();
      case 236 -> ((NextStep) owner).getGainBeforeCaps();
      case 237 -> ((NextStep) owner).getMessage();
      case 238 -> ((NextStep) owner).getPath();
      case 239 -> ((Observation) owner).getCode();
      case 240 -> ((Observation) owner).getMessage();
      case 241 -> ((Observation) owner).getPath();
      case 242 -> ((Scorecard) owner).getAsOf();
      case 243 -> ((Scorecard) owner).getBalance();
      case 244 -> ((Scorecard) owner).getBand();
      case 245 -> ((Scorecard) owner).getCaps();
      case 246 -> ((Scorecard) owner).getCompleteness();
      case 247 -> ((Scorecard) owner).getGrowth();
      case 248 -> ((Scorecard) owner).getMomentum();
      case 249 -> ((Scorecard) owner).getNextSteps();
      case 250 -> ((Scorecard) owner).getPlan();
      case 251 -> ((Scorecard) owner).getRelationships();
      case 252 -> ((Scorecard) owner).getScore();
      case 253 -> ((Scorecard) owner).getUncappedScore();
      case 254 -> ((Scorecard) owner).getValidation();
      case 255 -> ((SubScore) owner).getContributions();
      case 256 -> ((SubScore) owner).getExplanation();
      case 257 -> ((SubScore) owner).getName();
      case 258 -> ((SubScore) owner).getScore();
      case 259 -> ((SubScore) owner).getWeight();
      case 260 -> ((BalanceResult) owner).getBand();
      case 261 -> ((BalanceResult) owner).getComponents();
      case 262 -> ((BalanceResult) owner).getIndex();
      case 263 -> ((BalanceResult) owner).getOrientation();
      case 264 -> ((BalanceResult) owner).getOutsideIn();
      case 265 -> ((BalanceResult) owner).getTipping();
      case 266 -> ((Check) owner).getElement();
      case 267 -> ((Check) owner).getGuidance();
      case 268 -> ((Check) owner).getMinimum();
      case 269 -> ((Check) owner).isSufficiencyRequired();
      case 270 -> ((Check) owner).getWeight();
      case 271 -> ((CheckResult) owner).getElement();
      case 272 -> ((CheckResult) owner).getFound();
      case 273 -> ((CheckResult) owner).getGuidance();
      case 274 -> ((CheckResult) owner).getScore();
      case 275 -> ((CheckResult) owner).getSection();
      case 276 -> ((CheckResult) owner).getWeight();
      case 277 -> ((CompletenessResult) owner).getBand();
      case 278 -> ((CompletenessResult) owner).getFramework();
      case 279 -> ((CompletenessResult) owner).getScore();
      case 280 -> ((CompletenessResult) owner).getSections();
      case 281 -> ((Framework) owner).getId();
      case 282 -> ((Framework) owner).getName();
      case 283 -> ((Framework) owner).getSections();
      case 284 -> ((Framework) owner).getSource();
      case 285 -> ((Section) owner).getChecks();
      case 286 -> ((Section) owner).getId();
      case 287 -> ((Section) owner).getTitle();
      case 288 -> ((Section) owner).getWeight();
      case 289 -> ((SectionResult) owner).getChecks();
      case 290 -> ((SectionResult) owner).getId();
      case 291 -> ((SectionResult) owner).getScore();
      case 292 -> ((SectionResult) owner).getTitle();
      case 293 -> ((SectionResult) owner).getWeight();
      case 294 -> ((GrowthResult) owner).getBand();
      case 295 -> ((GrowthResult) owner).getComponents();
      case 296 -> ((GrowthResult) owner).getCurrency();
      case 297 -> ((GrowthResult) owner).getCurrent();
      case 298 -> ((GrowthResult) owner).getOutOfReach();
      case 299 -> ((GrowthResult) owner).getScore();
      default -> throw new IllegalArgumentException("No " + accessor);
    };
  }

  private static Object get3(int accessor, Object owner) {
    return switch (accessor) {
      case 300 -> ((GrowthResult) owner).getWinnable();
      case 301 -> ((MomentumResult) owner).getBand();
      case 302 -> ((MomentumResult) owner).isBusinessBeforeProblems();
      case 303 -> ((MomentumResult) owner).getComponents();
      case 304 -> ((MomentumResult) owner).getLastChanged();
      case 305 -> ((MomentumResult) owner).getObservations();
      case 306 -> ((MomentumResult) owner).getScore();
      case 307 -> ((MomentumResult) owner).isStaticPlan();
      case 308 -> ((Departure) owner).getCoverageLoss();
      case 309 -> ((Departure) owner).getName();
      case 310 -> ((Departure) owner).isOurs();
      case 311 -> ((Departure) owner).getPerson();
      case 312 -> ((Departure) owner).getRolesWeakened();
      case 313 -> ((PathToDecisionMaker) owner).getDecisionMaker();
      case 314 -> ((PathToDecisionMaker) owner).getNames();
      case 315 -> ((PathToDecisionMaker) owner).getPath();
      case 316 -> ((PathToDecisionMaker) owner).getRole();
      case 317 -> ((PathToDecisionMaker) owner).getWeakestLink();
      case 318 -> ((PathToDecisionMaker) owner).getWeakestLinkStrength();
      case 319 -> ((RelationshipAssessment) owner).getBand();
      case 320 -> ((RelationshipAssessment) owner).getOurDepartures();
      case 321 -> ((RelationshipAssessment) owner).getPathsToDecisionMakers();
      case 322 -> ((RelationshipAssessment) owner).getRisks();
      case 323 -> ((RelationshipAssessment) owner).getScore();
      case 324 -> ((RelationshipAssessment) owner).getStakeholders();
      case 325 -> ((RelationshipAssessment) owner).getSubScores();
      case 326 -> ((RelationshipAssessment) owner).getTheirDepartures();
      case 327 -> ((Risk) owner).getCode();
      case 328 -> ((Risk) owner).getMessage();
      case 329 -> ((Risk) owner).getSubjects();
      case 330 -> ((StakeholderRow) owner).getBestStrength();
      case 331 -> ((StakeholderRow) owner).getEffectiveStrength();
      case 332 -> ((StakeholderRow) owner).getGaps();
      case 333 -> ((StakeholderRow) owner).getHeldBy();
      case 334 -> ((StakeholderRow) owner).isKey();
      case 335 -> ((StakeholderRow) owner).getLastInteraction();
      case 336 -> ((StakeholderRow) owner).getName();
      case 337 -> ((StakeholderRow) owner).getStakeholder();
      case 338 -> ((StakeholderRow) owner).getThreads();
      case 339 -> ((StakeholderRow) owner).getWeight();
      default -> throw new IllegalArgumentException("No " + accessor);
    };
  }

  /** Sets property {@code accessor} in {@code builder} to {@code value}, which has its type. */
  static Object set(int accessor, Object builder, Object value) {
    return switch (accessor / 100) {
      case 0 -> set0(accessor, builder, value);
      case 1 -> set1(accessor, builder, value);
      case 2 -> set2(accessor, builder, value);
      case 3 -> set3(accessor, builder, value);
      default -> throw new IllegalArgumentException("No " + accessor);
    };
  }

  @SuppressWarnings("unchecked") // the reader made the value of the property's shape
  private static Object set0(int accessor, Object builder, Object value) {
    return switch (accessor) {
      case 0 -> ((Account.Builder) builder).businessModel((Optional<BusinessModelCanvas>) value);
      case 1 -> ((Account.Builder) builder).industry((Optional<String>) value);
      case 2 -> ((Account.Builder) builder).name((String) value);
      case 3 -> ((Account.Builder) builder).regions((Iterable<String>) value);
      case 4 -> ((Account.Builder) builder).segment((Optional<String>) value);
      case 5 -> ((Account.Builder) builder).sentiment((Optional<Sentiment>) value);
      case 6 -> ((AccountPlan.Builder) builder).account((Account) value);
      case 7 -> ((AccountPlan.Builder) builder).actions((Iterable<Action>) value);
      case 8 -> ((AccountPlan.Builder) builder).asOf((LocalDate) value);
      case 9 -> ((AccountPlan.Builder) builder).assumptions((Iterable<Assumption>) value);
      case 10 -> ((AccountPlan.Builder) builder).buyingCentres((Iterable<BuyingCentre>) value);
      case 11 -> ((AccountPlan.Builder) builder).challenges((Iterable<Challenge>) value);
      case 12 ->
        ((AccountPlan.Builder) builder).clientInvolvement((Optional<ClientInvolvement>) value);
      case 13 -> ((AccountPlan.Builder) builder).commitments((Iterable<Commitment>) value);
      case 14 -> ((AccountPlan.Builder) builder).competitors((Iterable<Competitor>) value);
      case 15 -> ((AccountPlan.Builder) builder).engagements((Iterable<Engagement>) value);
      case 16 -> ((AccountPlan.Builder) builder).goals((Iterable<CustomerGoal>) value);
      case 17 -> ((AccountPlan.Builder) builder).governance((Iterable<GovernanceRole>) value);
      case 18 -> ((AccountPlan.Builder) builder).history((Optional<String>) value);
      case 19 -> ((AccountPlan.Builder) builder).horizon((Optional<Horizon>) value);
      case 20 -> ((AccountPlan.Builder) builder).id((PlanId) value);
      case 21 -> ((AccountPlan.Builder) builder).insights((Iterable<Insight>) value);
      case 22 -> ((AccountPlan.Builder) builder).issues((Iterable<RelationshipIssue>) value);
      case 23 -> ((AccountPlan.Builder) builder).journey((Optional<CustomerJourney>) value);
      case 24 -> ((AccountPlan.Builder) builder).lastUpdated((Optional<LocalDate>) value);
      case 25 -> ((AccountPlan.Builder) builder).macroFactors((Iterable<MacroFactor>) value);
      case 26 -> ((AccountPlan.Builder) builder).offerings((Iterable<Offering>) value);
      case 27 -> ((AccountPlan.Builder) builder).opportunities((Iterable<Opportunity>) value);
      case 28 -> ((AccountPlan.Builder) builder).partners((Iterable<Partner>) value);
      case 29 -> ((AccountPlan.Builder) builder).policies((Iterable<Policy>) value);
      case 30 -> ((AccountPlan.Builder) builder).positioning((Optional<Positioning>) value);
      case 31 -> ((AccountPlan.Builder) builder).principles((Iterable<Principle>) value);
      case 32 -> ((AccountPlan.Builder) builder).problems((Iterable<CustomerProblem>) value);
      case 33 -> ((AccountPlan.Builder) builder).purpose((Optional<Purpose>) value);
      case 34 -> ((AccountPlan.Builder) builder).relationshipScale((Integer) value);
      case 35 -> ((AccountPlan.Builder) builder).relationships((Iterable<Relationship>) value);
      case 36 -> ((AccountPlan.Builder) builder).resources((Iterable<ResourceNeed>) value);
      case 37 -> ((AccountPlan.Builder) builder).reviews((Iterable<Review>) value);
      case 38 -> ((AccountPlan.Builder) builder).stakeholders((Iterable<Stakeholder>) value);
      case 39 -> ((AccountPlan.Builder) builder).successMetrics((Iterable<SuccessMetric>) value);
      case 40 -> ((AccountPlan.Builder) builder).teamMembers((Iterable<TeamMember>) value);
      case 41 -> ((AccountPlan.Builder) builder).title((Optional<String>) value);
      case 42 -> ((AccountPlan.Builder) builder).vision((Optional<String>) value);
      case 43 -> ((AccountPlan.Builder) builder).whitespace((Iterable<WhitespaceCell>) value);
      case 44 -> ((Action.Builder) builder).completedOn((Optional<LocalDate>) value);
      case 45 -> ((Action.Builder) builder).dueDate((Optional<LocalDate>) value);
      case 46 -> ((Action.Builder) builder).goals((Iterable<GoalId>) value);
      case 47 -> ((Action.Builder) builder).id((ActionId) value);
      case 48 -> ((Action.Builder) builder).issues((Iterable<IssueId>) value);
      case 49 -> ((Action.Builder) builder).kind((ActionKind) value);
      case 50 -> ((Action.Builder) builder).opportunities((Iterable<OpportunityId>) value);
      case 51 -> ((Action.Builder) builder).owner((Optional<TeamMemberId>) value);
      case 52 -> ((Action.Builder) builder).problems((Iterable<ProblemId>) value);
      case 53 -> ((Action.Builder) builder).stakeholders((Iterable<StakeholderId>) value);
      case 54 -> ((Action.Builder) builder).status((ActionStatus) value);
      case 55 -> ((Action.Builder) builder).title((String) value);
      case 56 -> ((Assumption.Builder) builder).kind((AssumptionKind) value);
      case 57 -> ((Assumption.Builder) builder).statement((String) value);
      case 58 -> ((BusinessModelCanvas.Builder) builder).channels((Iterable<String>) value);
      case 59 -> ((BusinessModelCanvas.Builder) builder).costStructure((Iterable<String>) value);
      case 60 ->
        ((BusinessModelCanvas.Builder) builder).customerRelationships((Iterable<String>) value);
      case 61 -> ((BusinessModelCanvas.Builder) builder).customerSegments((Iterable<String>) value);
      case 62 -> ((BusinessModelCanvas.Builder) builder).keyActivities((Iterable<String>) value);
      case 63 -> ((BusinessModelCanvas.Builder) builder).keyPartners((Iterable<String>) value);
      case 64 -> ((BusinessModelCanvas.Builder) builder).keyResources((Iterable<String>) value);
      case 65 -> ((BusinessModelCanvas.Builder) builder).revenueStreams((Iterable<String>) value);
      case 66 ->
        ((BusinessModelCanvas.Builder) builder).valuePropositions((Iterable<String>) value);
      case 67 -> ((BuyingCentre.Builder) builder).description((Optional<String>) value);
      case 68 -> ((BuyingCentre.Builder) builder).id((BuyingCentreId) value);
      case 69 -> ((BuyingCentre.Builder) builder).name((String) value);
      case 70 -> ((Challenge.Builder) builder).cause((String) value);
      case 71 -> ((Challenge.Builder) builder).goals((Iterable<GoalId>) value);
      case 72 -> ((Challenge.Builder) builder).id((ChallengeId) value);
      case 73 -> ((Challenge.Builder) builder).symptom((Optional<String>) value);
      case 74 -> ((ClientInvolvement.Builder) builder).clientBuyIn((Boolean) value);
      case 75 ->
        ((ClientInvolvement.Builder) builder).listenOnlySessions((Iterable<LocalDate>) value);
      case 76 -> ((ClientInvolvement.Builder) builder).teamBuyIn((Boolean) value);
      case 77 -> ((ClientInvolvement.Builder) builder).validatedOn((Optional<LocalDate>) value);
      case 78 -> ((Commitment.Builder) builder).by((Optional<LocalDate>) value);
      case 79 -> ((Commitment.Builder) builder).condition((Optional<String>) value);
      case 80 -> ((Commitment.Builder) builder).kind((CommitmentKind) value);
      case 81 -> ((Commitment.Builder) builder).statement((String) value);
      case 82 -> ((Competitor.Builder) builder).mitigation((Optional<String>) value);
      case 83 -> ((Competitor.Builder) builder).name((String) value);
      case 84 -> ((Competitor.Builder) builder).strengths((Iterable<String>) value);
      case 85 -> ((Competitor.Builder) builder).weaknesses((Iterable<String>) value);
      case 86 -> ((CustomerGoal.Builder) builder).alignment((Optional<String>) value);
      case 87 -> ((CustomerGoal.Builder) builder).confirmedByCustomer((Boolean) value);
      case 88 -> ((CustomerGoal.Builder) builder).expectedOutcome((Optional<String>) value);
      case 89 -> ((CustomerGoal.Builder) builder).id((GoalId) value);
      case 90 -> ((CustomerGoal.Builder) builder).problems((Iterable<ProblemId>) value);
      case 91 -> ((CustomerGoal.Builder) builder).rank((Optional<Integer>) value);
      case 92 -> ((CustomerGoal.Builder) builder).statement((String) value);
      case 93 -> ((CustomerGoal.Builder) builder).top((Boolean) value);
      case 94 -> ((CustomerGoal.Builder) builder).whyItMatters((Optional<String>) value);
      case 95 -> ((CustomerJourney.Builder) builder).toMoveForward((Iterable<String>) value);
      case 96 -> ((CustomerJourney.Builder) builder).todayBarriers((Iterable<String>) value);
      case 97 -> ((CustomerJourney.Builder) builder).todayEmotions((Iterable<String>) value);
      case 98 -> ((CustomerJourney.Builder) builder).todayNeeds((Iterable<String>) value);
      case 99 -> ((CustomerJourney.Builder) builder).tomorrow((Iterable<String>) value);
      default -> throw new IllegalArgumentException("No " + accessor);
    };
  }

  @SuppressWarnings("unchecked") // the reader made the value of the property's shape
  private static Object set1(int accessor, Object builder, Object value) {
    return switch (accessor) {
      case 100 -> ((CustomerJourney.Builder) builder).uncertainFuture((Iterable<String>) value);
      case 101 -> ((CustomerProblem.Builder) builder).businessImpact((Optional<String>) value);
      case 102 -> ((CustomerProblem.Builder) builder).confirmedByCustomer((Boolean) value);
      case 103 -> ((CustomerProblem.Builder) builder).id((ProblemId) value);
      case 104 -> ((CustomerProblem.Builder) builder).statement((String) value);
      case 105 -> ((CustomerProblem.Builder) builder).whyTheyCare((Optional<String>) value);
      case 106 -> ((Engagement.Builder) builder).end((Optional<LocalDate>) value);
      case 107 -> ((Engagement.Builder) builder).marginPercent((Optional<BigDecimal>) value);
      case 108 -> ((Engagement.Builder) builder).name((String) value);
      case 109 -> ((Engagement.Builder) builder).narrative((Optional<String>) value);
      case 110 -> ((Engagement.Builder) builder).revenue((Optional<Money>) value);
      case 111 -> ((Engagement.Builder) builder).start((Optional<LocalDate>) value);
      case 112 -> ((Evidence.Builder) builder).date((Optional<LocalDate>) value);
      case 113 -> ((Evidence.Builder) builder).description((String) value);
      case 114 -> ((Evidence.Builder) builder).tone((Tone) value);
      case 115 -> ((GovernanceRole.Builder) builder).responsibility((String) value);
      case 116 -> ((GovernanceRole.Builder) builder).stakeholder((Optional<StakeholderId>) value);
      case 117 -> ((GovernanceRole.Builder) builder).teamMember((Optional<TeamMemberId>) value);
      case 118 -> ((Horizon.Builder) builder).end((LocalDate) value);
      case 119 -> ((Horizon.Builder) builder).start((LocalDate) value);
      case 120 -> ((Insight.Builder) builder).confirmedOn((Optional<LocalDate>) value);
      case 121 -> ((Insight.Builder) builder).goals((Iterable<GoalId>) value);
      case 122 -> ((Insight.Builder) builder).id((InsightId) value);
      case 123 -> ((Insight.Builder) builder).kind((InsightKind) value);
      case 124 -> ((Insight.Builder) builder).source((Optional<StakeholderId>) value);
      case 125 -> ((Insight.Builder) builder).statement((String) value);
      case 126 -> ((MacroFactor.Builder) builder).description((String) value);
      case 127 -> ((MacroFactor.Builder) builder).implication((Optional<String>) value);
      case 128 -> ((MacroFactor.Builder) builder).kind((MacroFactorKind) value);
      case 131 -> ((Offering.Builder) builder).description((Optional<String>) value);
      case 132 -> ((Offering.Builder) builder).id((OfferingId) value);
      case 133 -> ((Offering.Builder) builder).name((String) value);
      case 134 -> ((Opportunity.Builder) builder).closeDate((Optional<LocalDate>) value);
      case 135 -> ((Opportunity.Builder) builder).goals((Iterable<GoalId>) value);
      case 136 -> ((Opportunity.Builder) builder).id((OpportunityId) value);
      case 137 -> ((Opportunity.Builder) builder).name((String) value);
      case 138 -> ((Opportunity.Builder) builder).offerings((Iterable<OfferingId>) value);
      case 139 -> ((Opportunity.Builder) builder).origin((Optional<OpportunityOrigin>) value);
      case 140 -> ((Opportunity.Builder) builder).probability((Optional<Integer>) value);
      case 141 -> ((Opportunity.Builder) builder).problems((Iterable<ProblemId>) value);
      case 142 -> ((Opportunity.Builder) builder).stage((OpportunityStage) value);
      case 143 -> ((Opportunity.Builder) builder).value((Optional<Money>) value);
      case 144 -> ((Partner.Builder) builder).contribution((Optional<String>) value);
      case 145 -> ((Partner.Builder) builder).id((PartnerId) value);
      case 146 -> ((Partner.Builder) builder).kind((PartnerKind) value);
      case 147 -> ((Partner.Builder) builder).name((String) value);
      case 148 -> ((Partner.Builder) builder).sharedClients((Iterable<String>) value);
      case 149 -> ((Policy.Builder) builder).challenges((Iterable<ChallengeId>) value);
      case 150 -> ((Policy.Builder) builder).statement((String) value);
      case 151 -> ((Positioning.Builder) builder).howTheySeeUs((Optional<String>) value);
      case 152 -> ((Positioning.Builder) builder).preferences((Iterable<String>) value);
      case 153 -> ((Positioning.Builder) builder).priorities((Iterable<String>) value);
      case 154 -> ((Positioning.Builder) builder).valueProposition((Optional<String>) value);
      case 155 -> ((Principle.Builder) builder).statement((String) value);
      case 156 -> ((Principle.Builder) builder).walkAwayWhen((Optional<String>) value);
      case 157 -> ((Purpose.Builder) builder).aspiration((Optional<String>) value);
      case 158 -> ((Purpose.Builder) builder).rank((Optional<Integer>) value);
      case 159 -> ((Purpose.Builder) builder).statement((String) value);
      case 160 ->
        ((Relationship.Builder) builder).currentLevel((Optional<RelationshipLevel>) value);
      case 161 ->
        ((Relationship.Builder) builder).desiredLevel((Optional<RelationshipLevel>) value);
      case 162 -> ((Relationship.Builder) builder).evidence((Iterable<Evidence>) value);
      case 163 -> ((Relationship.Builder) builder).lastInteraction((Optional<LocalDate>) value);
      case 164 -> ((Relationship.Builder) builder).stakeholder((StakeholderId) value);
      case 165 -> ((Relationship.Builder) builder).strength((Integer) value);
      case 166 -> ((Relationship.Builder) builder).teamMember((TeamMemberId) value);
      case 167 -> ((RelationshipIssue.Builder) builder).evidence((Iterable<Evidence>) value);
      case 168 -> ((RelationshipIssue.Builder) builder).id((IssueId) value);
      case 169 -> ((RelationshipIssue.Builder) builder).owner((Optional<TeamMemberId>) value);
      case 170 -> ((RelationshipIssue.Builder) builder).raisedOn((Optional<LocalDate>) value);
      case 171 -> ((RelationshipIssue.Builder) builder).resolutionPlan((Optional<String>) value);
      case 172 -> ((RelationshipIssue.Builder) builder).severity((IssueSeverity) value);
      case 173 ->
        ((RelationshipIssue.Builder) builder).stakeholders((Iterable<StakeholderId>) value);
      case 174 -> ((RelationshipIssue.Builder) builder).status((IssueStatus) value);
      case 175 -> ((RelationshipIssue.Builder) builder).summary((String) value);
      case 176 -> ((ResourceNeed.Builder) builder).description((String) value);
      case 177 -> ((ResourceNeed.Builder) builder).level((ResourceLevel) value);
      case 178 -> ((Review.Builder) builder).changes((Iterable<String>) value);
      case 179 -> ((Review.Builder) builder).clientPresent((Boolean) value);
      case 180 -> ((Review.Builder) builder).date((LocalDate) value);
      case 181 -> ((Review.Builder) builder).kind((ReviewKind) value);
      case 182 -> ((Sentiment.Builder) builder).measuredOn((Optional<LocalDate>) value);
      case 183 -> ((Sentiment.Builder) builder).nps((Integer) value);
      case 184 -> ((Stakeholder.Builder) builder).buyingCentre((Optional<BuyingCentreId>) value);
      case 185 -> ((Stakeholder.Builder) builder).buyingRoles((Iterable<BuyingRole>) value);
      case 186 ->
        ((Stakeholder.Builder) builder).decisionOrientation((Optional<DecisionOrientation>) value);
      case 187 -> ((Stakeholder.Builder) builder).id((StakeholderId) value);
      case 188 -> ((Stakeholder.Builder) builder).influence((Optional<Influence>) value);
      case 189 -> ((Stakeholder.Builder) builder).location((Optional<String>) value);
      case 190 -> ((Stakeholder.Builder) builder).name((String) value);
      case 191 -> ((Stakeholder.Builder) builder).orgUnit((Optional<String>) value);
      case 192 -> ((Stakeholder.Builder) builder).priorities((Iterable<String>) value);
      case 193 -> ((Stakeholder.Builder) builder).reportsTo((Optional<StakeholderId>) value);
      case 194 -> ((Stakeholder.Builder) builder).responseMode((Optional<ResponseMode>) value);
      case 195 -> ((Stakeholder.Builder) builder).support((Optional<Support>) value);
      case 196 -> ((Stakeholder.Builder) builder).title((Optional<String>) value);
      case 197 -> ((Stakeholder.Builder) builder).upAndComer((Boolean) value);
      case 198 -> ((SuccessMetric.Builder) builder).agreedWithCustomer((Boolean) value);
      case 199 -> ((SuccessMetric.Builder) builder).baseline((Optional<BigDecimal>) value);
      default -> throw new IllegalArgumentException("No " + accessor);
    };
  }

  @SuppressWarnings("unchecked") // the reader made the value of the property's shape
  private static Object set2(int accessor, Object builder, Object value) {
    return switch (accessor) {
      case 200 -> ((SuccessMetric.Builder) builder).dueDate((Optional<LocalDate>) value);
      case 201 -> ((SuccessMetric.Builder) builder).goal((Optional<GoalId>) value);
      case 202 -> ((SuccessMetric.Builder) builder).id((MetricId) value);
      case 203 -> ((SuccessMetric.Builder) builder).measurementSource((Optional<String>) value);
      case 204 -> ((SuccessMetric.Builder) builder).name((String) value);
      case 205 -> ((SuccessMetric.Builder) builder).problem((Optional<ProblemId>) value);
      case 206 -> ((SuccessMetric.Builder) builder).target((Optional<BigDecimal>) value);
      case 207 -> ((SuccessMetric.Builder) builder).unit((Optional<String>) value);
      case 208 -> ((TeamMember.Builder) builder).caresAbout((Iterable<String>) value);
      case 209 -> ((TeamMember.Builder) builder).expertise((Iterable<String>) value);
      case 210 -> ((TeamMember.Builder) builder).id((TeamMemberId) value);
      case 211 -> ((TeamMember.Builder) builder).name((String) value);
      case 212 -> ((TeamMember.Builder) builder).role((Optional<TeamRole>) value);
      case 213 -> ((WhitespaceCell.Builder) builder).centre((BuyingCentreId) value);
      case 214 -> ((WhitespaceCell.Builder) builder).competitor((Optional<String>) value);
      case 215 -> ((WhitespaceCell.Builder) builder).current((Optional<Money>) value);
      case 216 -> ((WhitespaceCell.Builder) builder).evidence((Iterable<Evidence>) value);
      case 217 -> ((WhitespaceCell.Builder) builder).offering((OfferingId) value);
      case 218 -> ((WhitespaceCell.Builder) builder).potential((Optional<Money>) value);
      case 219 -> ((WhitespaceCell.Builder) builder).status((WhitespaceStatus) value);
      case 220 -> ((Finding.Builder) builder).code((String) value);
      case 221 -> ((Finding.Builder) builder).message((String) value);
      case 222 -> ((Finding.Builder) builder).path((String) value);
      case 223 -> ((Finding.Builder) builder).severity((Severity) value);
      case 224 -> ((Finding.Builder) builder).value((Optional<String>) value);
      case 225 -> ((ValidationReport.Builder) builder).findings((Iterable<Finding>) value);
      case 226 -> ((Cap.Builder) builder).band((Band) value);
      case 227 -> ((Cap.Builder) builder).code((Code) value);
      case 228 -> ((Contribution.Builder) builder).detail((String) value);
      case 229 -> ((Contribution.Builder) builder).points((Double) value);
      case 230 -> ((Contribution.Builder) builder).possible((Double) value);
      case 231 -> ((Contribution.Builder) builder).subject((String) value);
      case 232 -> ((NextStep.Builder) builder).area((String) value);
      case 233 -> ((NextStep.Builder) builder).code((String) value);
      case 234 -> ((NextStep.Builder) builder).daysLate((Integer) value);
      case 235 -> ((NextStep.Builder) builder).gain((Double) value);
      case 236 -> ((NextStep.Builder) builder).gainBeforeCaps((Double) value);
      case 237 -> ((NextStep.Builder) builder).message((String) value);
      case 238 -> ((NextStep.Builder) builder).path((Optional<String>) value);
      case 239 -> ((Observation.Builder) builder).code((Code) value);
      case 240 -> ((Observation.Builder) builder).message((String) value);
      case 241 -> ((Observation.Builder) builder).path((String) value);
      case 242 -> ((Scorecard.Builder) builder).asOf((LocalDate) value);
      case 243 -> ((Scorecard.Builder) builder).balance((BalanceResult) value);
      case 244 -> ((Scorecard.Builder) builder).band((Band) value);
      case 245 -> ((Scorecard.Builder) builder).caps((Iterable<Cap>) value);
      case 246 -> ((Scorecard.Builder) builder).completeness((CompletenessResult) value);
      case 247 -> ((Scorecard.Builder) builder).growth((Optional<GrowthResult>) value);
      case 248 -> ((Scorecard.Builder) builder).momentum((MomentumResult) value);
      case 249 -> ((Scorecard.Builder) builder).nextSteps((Iterable<NextStep>) value);
      case 250 -> ((Scorecard.Builder) builder).plan((PlanId) value);
      case 251 -> ((Scorecard.Builder) builder).relationships((RelationshipAssessment) value);
      case 252 -> ((Scorecard.Builder) builder).score((Double) value);
      case 253 -> ((Scorecard.Builder) builder).uncappedScore((Double) value);
      case 254 -> ((Scorecard.Builder) builder).validation((ValidationReport) value);
      case 255 -> ((SubScore.Builder) builder).contributions((Iterable<Contribution>) value);
      case 256 -> ((SubScore.Builder) builder).explanation((String) value);
      case 257 -> ((SubScore.Builder) builder).name((String) value);
      case 258 -> ((SubScore.Builder) builder).score((Double) value);
      case 259 -> ((SubScore.Builder) builder).weight((Double) value);
      case 260 -> ((BalanceResult.Builder) builder).band((Band) value);
      case 261 -> ((BalanceResult.Builder) builder).components((Iterable<SubScore>) value);
      case 262 -> ((BalanceResult.Builder) builder).index((Double) value);
      case 263 -> ((BalanceResult.Builder) builder).orientation((Orientation) value);
      case 264 -> ((BalanceResult.Builder) builder).outsideIn((Double) value);
      case 265 -> ((BalanceResult.Builder) builder).tipping((Iterable<Observation>) value);
      case 266 -> ((Check.Builder) builder).element((PlanElement) value);
      case 267 -> ((Check.Builder) builder).guidance((String) value);
      case 268 -> ((Check.Builder) builder).minimum((Integer) value);
      case 269 -> ((Check.Builder) builder).sufficiencyRequired((Boolean) value);
      case 270 -> ((Check.Builder) builder).weight((Double) value);
      case 271 -> ((CheckResult.Builder) builder).element((String) value);
      case 272 -> ((CheckResult.Builder) builder).found((String) value);
      case 273 -> ((CheckResult.Builder) builder).guidance((String) value);
      case 274 -> ((CheckResult.Builder) builder).score((Double) value);
      case 275 -> ((CheckResult.Builder) builder).section((String) value);
      case 276 -> ((CheckResult.Builder) builder).weight((Double) value);
      case 277 -> ((CompletenessResult.Builder) builder).band((Band) value);
      case 278 -> ((CompletenessResult.Builder) builder).framework((String) value);
      case 279 -> ((CompletenessResult.Builder) builder).score((Double) value);
      case 280 -> ((CompletenessResult.Builder) builder).sections((Iterable<SectionResult>) value);
      case 281 -> ((Framework.Builder) builder).id((String) value);
      case 282 -> ((Framework.Builder) builder).name((String) value);
      case 283 -> ((Framework.Builder) builder).sections((Iterable<Section>) value);
      case 284 -> ((Framework.Builder) builder).source((String) value);
      case 285 -> ((Section.Builder) builder).checks((Iterable<Check>) value);
      case 286 -> ((Section.Builder) builder).id((String) value);
      case 287 -> ((Section.Builder) builder).title((String) value);
      case 288 -> ((Section.Builder) builder).weight((Double) value);
      case 289 -> ((SectionResult.Builder) builder).checks((Iterable<CheckResult>) value);
      case 290 -> ((SectionResult.Builder) builder).id((String) value);
      case 291 -> ((SectionResult.Builder) builder).score((Double) value);
      case 292 -> ((SectionResult.Builder) builder).title((String) value);
      case 293 -> ((SectionResult.Builder) builder).weight((Double) value);
      case 294 -> ((GrowthResult.Builder) builder).band((Band) value);
      case 295 -> ((GrowthResult.Builder) builder).components((Iterable<SubScore>) value);
      case 296 -> ((GrowthResult.Builder) builder).currency((Currency) value);
      case 297 -> ((GrowthResult.Builder) builder).current((BigDecimal) value);
      case 298 -> ((GrowthResult.Builder) builder).outOfReach((BigDecimal) value);
      case 299 -> ((GrowthResult.Builder) builder).score((Double) value);
      default -> throw new IllegalArgumentException("No " + accessor);
    };
  }

  @SuppressWarnings("unchecked") // the reader made the value of the property's shape
  private static Object set3(int accessor, Object builder, Object value) {
    return switch (accessor) {
      case 300 -> ((GrowthResult.Builder) builder).winnable((BigDecimal) value);
      case 301 -> ((MomentumResult.Builder) builder).band((Band) value);
      case 302 -> ((MomentumResult.Builder) builder).businessBeforeProblems((Boolean) value);
      case 303 -> ((MomentumResult.Builder) builder).components((Iterable<SubScore>) value);
      case 304 -> ((MomentumResult.Builder) builder).lastChanged((Optional<LocalDate>) value);
      case 305 -> ((MomentumResult.Builder) builder).observations((Iterable<Observation>) value);
      case 306 -> ((MomentumResult.Builder) builder).score((Double) value);
      case 307 -> ((MomentumResult.Builder) builder).staticPlan((Boolean) value);
      case 308 -> ((Departure.Builder) builder).coverageLoss((Double) value);
      case 309 -> ((Departure.Builder) builder).name((String) value);
      case 310 -> ((Departure.Builder) builder).ours((Boolean) value);
      case 311 -> ((Departure.Builder) builder).person((String) value);
      case 312 -> ((Departure.Builder) builder).rolesWeakened((Iterable<String>) value);
      case 313 -> ((PathToDecisionMaker.Builder) builder).decisionMaker((StakeholderId) value);
      case 314 -> ((PathToDecisionMaker.Builder) builder).names((Iterable<String>) value);
      case 315 -> ((PathToDecisionMaker.Builder) builder).path((Iterable<String>) value);
      case 316 -> ((PathToDecisionMaker.Builder) builder).role((BuyingRole) value);
      case 317 -> ((PathToDecisionMaker.Builder) builder).weakestLink((Optional<String>) value);
      case 318 -> ((PathToDecisionMaker.Builder) builder).weakestLinkStrength((Double) value);
      case 319 -> ((RelationshipAssessment.Builder) builder).band((Band) value);
      case 320 ->
        ((RelationshipAssessment.Builder) builder).ourDepartures((Iterable<Departure>) value);
      case 321 ->
        ((RelationshipAssessment.Builder) builder)
            .pathsToDecisionMakers((Iterable<PathToDecisionMaker>) value);
      case 322 -> ((RelationshipAssessment.Builder) builder).risks((Iterable<Risk>) value);
      case 323 -> ((RelationshipAssessment.Builder) builder).score((Double) value);
      case 324 ->
        ((RelationshipAssessment.Builder) builder).stakeholders((Iterable<StakeholderRow>) value);
      case 325 -> ((RelationshipAssessment.Builder) builder).subScores((Iterable<SubScore>) value);
      case 326 ->
        ((RelationshipAssessment.Builder) builder).theirDepartures((Iterable<Departure>) value);
      case 327 -> ((Risk.Builder) builder).code((Code) value);
      case 328 -> ((Risk.Builder) builder).message((String) value);
      case 329 -> ((Risk.Builder) builder).subjects((Iterable<String>) value);
      case 330 -> ((StakeholderRow.Builder) builder).bestStrength((Integer) value);
      case 331 -> ((StakeholderRow.Builder) builder).effectiveStrength((Double) value);
      case 332 -> ((StakeholderRow.Builder) builder).gaps((Iterable<String>) value);
      case 333 -> ((StakeholderRow.Builder) builder).heldBy((Optional<TeamMemberId>) value);
      case 334 -> ((StakeholderRow.Builder) builder).key((Boolean) value);
      case 335 -> ((StakeholderRow.Builder) builder).lastInteraction((Optional<LocalDate>) value);
      case 336 -> ((StakeholderRow.Builder) builder).name((String) value);
      case 337 -> ((StakeholderRow.Builder) builder).stakeholder((StakeholderId) value);
      case 338 -> ((StakeholderRow.Builder) builder).threads((Integer) value);
      case 339 -> ((StakeholderRow.Builder) builder).weight((Double) value);
      default -> throw new IllegalArgumentException("No " + accessor);
    };
  }

  /** A new builder of value type {@code type}. */
  static Object newBuilder(int type) {
    return switch (type) {
      case 0 -> Account.builder();
      case 1 -> AccountPlan.builder();
      case 2 -> Action.builder();
      case 4 -> Assumption.builder();
      case 5 -> BusinessModelCanvas.builder();
      case 6 -> BuyingCentre.builder();
      case 8 -> Challenge.builder();
      case 10 -> ClientInvolvement.builder();
      case 11 -> Commitment.builder();
      case 12 -> Competitor.builder();
      case 13 -> CustomerGoal.builder();
      case 14 -> CustomerJourney.builder();
      case 15 -> CustomerProblem.builder();
      case 16 -> Engagement.builder();
      case 17 -> Evidence.builder();
      case 19 -> GovernanceRole.builder();
      case 20 -> Horizon.builder();
      case 21 -> Insight.builder();
      case 24 -> MacroFactor.builder();
      case 27 -> Offering.builder();
      case 29 -> Opportunity.builder();
      case 31 -> Partner.builder();
      case 34 -> Policy.builder();
      case 35 -> Positioning.builder();
      case 36 -> Principle.builder();
      case 38 -> Purpose.builder();
      case 39 -> Relationship.builder();
      case 40 -> RelationshipIssue.builder();
      case 41 -> ResourceNeed.builder();
      case 42 -> Review.builder();
      case 43 -> Sentiment.builder();
      case 44 -> Stakeholder.builder();
      case 46 -> SuccessMetric.builder();
      case 47 -> TeamMember.builder();
      case 49 -> WhitespaceCell.builder();
      case 50 -> Finding.builder();
      case 51 -> ValidationReport.builder();
      case 52 -> Cap.builder();
      case 53 -> Contribution.builder();
      case 54 -> NextStep.builder();
      case 55 -> Observation.builder();
      case 56 -> Scorecard.builder();
      case 57 -> SubScore.builder();
      case 58 -> BalanceResult.builder();
      case 59 -> Check.builder();
      case 60 -> CheckResult.builder();
      case 61 -> CompletenessResult.builder();
      case 62 -> Framework.builder();
      case 63 -> Section.builder();
      case 64 -> SectionResult.builder();
      case 65 -> GrowthResult.builder();
      case 66 -> MomentumResult.builder();
      case 67 -> Departure.builder();
      case 68 -> PathToDecisionMaker.builder();
      case 69 -> RelationshipAssessment.builder();
      case 70 -> Risk.builder();
      case 71 -> StakeholderRow.builder();
      default -> throw new IllegalArgumentException("No " + type);
    };
  }

  /** The value {@code builder}, a builder of value type {@code type}, holds. */
  static Object build(int type, Object builder) {
    return switch (type) {
      case 0 -> ((Account.Builder) builder).build();
      case 1 -> ((AccountPlan.Builder) builder).build();
      case 2 -> ((Action.Builder) builder).build();
      case 4 -> ((Assumption.Builder) builder).build();
      case 5 -> ((BusinessModelCanvas.Builder) builder).build();
      case 6 -> ((BuyingCentre.Builder) builder).build();
      case 8 -> ((Challenge.Builder) builder).build();
      case 10 -> ((ClientInvolvement.Builder) builder).build();
      case 11 -> ((Commitment.Builder) builder).build();
      case 12 -> ((Competitor.Builder) builder).build();
      case 13 -> ((CustomerGoal.Builder) builder).build();
      case 14 -> ((CustomerJourney.Builder) builder).build();
      case 15 -> ((CustomerProblem.Builder) builder).build();
      case 16 -> ((Engagement.Builder) builder).build();
      case 17 -> ((Evidence.Builder) builder).build();
      case 19 -> ((GovernanceRole.Builder) builder).build();
      case 20 -> ((Horizon.Builder) builder).build();
      case 21 -> ((Insight.Builder) builder).build();
      case 24 -> ((MacroFactor.Builder) builder).build();
      case 27 -> ((Offering.Builder) builder).build();
      case 29 -> ((Opportunity.Builder) builder).build();
      case 31 -> ((Partner.Builder) builder).build();
      case 34 -> ((Policy.Builder) builder).build();
      case 35 -> ((Positioning.Builder) builder).build();
      case 36 -> ((Principle.Builder) builder).build();
      case 38 -> ((Purpose.Builder) builder).build();
      case 39 -> ((Relationship.Builder) builder).build();
      case 40 -> ((RelationshipIssue.Builder) builder).build();
      case 41 -> ((ResourceNeed.Builder) builder).build();
      case 42 -> ((Review.Builder) builder).build();
      case 43 -> ((Sentiment.Builder) builder).build();
      case 44 -> ((Stakeholder.Builder) builder).build();
      case 46 -> ((SuccessMetric.Builder) builder).build();
      case 47 -> ((TeamMember.Builder) builder).build();
      case 49 -> ((WhitespaceCell.Builder) builder).build();
      case 50 -> ((Finding.Builder) builder).build();
      case 51 -> ((ValidationReport.Builder) builder).build();
      case 52 -> ((Cap.Builder) builder).build();
      case 53 -> ((Contribution.Builder) builder).build();
      case 54 -> ((NextStep.Builder) builder).build();
      case 55 -> ((Observation.Builder) builder).build();
      case 56 -> ((Scorecard.Builder) builder).build();
      case 57 -> ((SubScore.Builder) builder).build();
      case 58 -> ((BalanceResult.Builder) builder).build();
      case 59 -> ((Check.Builder) builder).build();
      case 60 -> ((CheckResult.Builder) builder).build();
      case 61 -> ((CompletenessResult.Builder) builder).build();
      case 62 -> ((Framework.Builder) builder).build();
      case 63 -> ((Section.Builder) builder).build();
      case 64 -> ((SectionResult.Builder) builder).build();
      case 65 -> ((GrowthResult.Builder) builder).build();
      case 66 -> ((MomentumResult.Builder) builder).build();
      case 67 -> ((Departure.Builder) builder).build();
      case 68 -> ((PathToDecisionMaker.Builder) builder).build();
      case 69 -> ((RelationshipAssessment.Builder) builder).build();
      case 70 -> ((Risk.Builder) builder).build();
      case 71 -> ((StakeholderRow.Builder) builder).build();
      default -> throw new IllegalArgumentException("No " + type);
    };
  }

  /** A record {@code type} of {@code components}, in the record's order. */
  static Object create(int type, Object[] components) {
    return switch (type) {
      case 26 -> new Money((BigDecimal) components[0], (Currency) components[1]);
      default -> throw new IllegalArgumentException("No " + type);
    };
  }

  /** An id {@code type} of {@code text}. */
  static Object wrap(int type, String text) {
    return switch (type) {
      case 3 -> new ActionId(text);
      case 7 -> new BuyingCentreId(text);
      case 9 -> new ChallengeId(text);
      case 18 -> new GoalId(text);
      case 22 -> new InsightId(text);
      case 23 -> new IssueId(text);
      case 25 -> new MetricId(text);
      case 28 -> new OfferingId(text);
      case 30 -> new OpportunityId(text);
      case 32 -> new PartnerId(text);
      case 33 -> new PlanId(text);
      case 37 -> new ProblemId(text);
      case 45 -> new StakeholderId(text);
      case 48 -> new TeamMemberId(text);
      default -> throw new IllegalArgumentException("No " + type);
    };
  }

  /** The text of {@code id}, an id {@code type}. */
  static String unwrap(int type, Object id) {
    return switch (type) {
      case 3 -> ((ActionId) id).value();
      case 7 -> ((BuyingCentreId) id).value();
      case 9 -> ((ChallengeId) id).value();
      case 18 -> ((GoalId) id).value();
      case 22 -> ((InsightId) id).value();
      case 23 -> ((IssueId) id).value();
      case 25 -> ((MetricId) id).value();
      case 28 -> ((OfferingId) id).value();
      case 30 -> ((OpportunityId) id).value();
      case 32 -> ((PartnerId) id).value();
      case 33 -> ((PlanId) id).value();
      case 37 -> ((ProblemId) id).value();
      case 45 -> ((StakeholderId) id).value();
      case 48 -> ((TeamMemberId) id).value();
      default -> throw new IllegalArgumentException("No " + type);
    };
  }

  private static Declared required(String name, Class<?> type, int accessor) {
    return new Declared(name, Cardinality.ONE, type, true, accessor);
  }

  private static Declared defaulted(String name, Class<?> type, int accessor) {
    return new Declared(name, Cardinality.ONE, type, false, accessor);
  }

  private static Declared optional(String name, Class<?> element, int accessor) {
    return new Declared(name, Cardinality.OPTIONAL, element, false, accessor);
  }

  private static Declared listOf(String name, Class<?> element, int accessor) {
    return new Declared(name, Cardinality.LIST, element, false, accessor);
  }

  private static Declared setOf(String name, Class<?> element, int accessor) {
    return new Declared(name, Cardinality.SET, element, false, accessor);
  }
}
