package dev.copernicus.core.testkit;

import dev.copernicus.core.model.Account;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionId;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.ActionStatus;
import dev.copernicus.core.model.Assumption;
import dev.copernicus.core.model.AssumptionKind;
import dev.copernicus.core.model.BusinessModelCanvas;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Realistic example plans built from the source articles' own worked examples, shared by every
 * module's tests (published in core's test jar). Each plan has a fixed {@code asOf} date.
 *
 * <ul>
 *   <li>{@link #talentAcquisition()}: the talent-acquisition software customer of [000], a sound,
 *       customer-centred plan.
 *   <li>{@link #bankOnboarding()}: the bank's digital onboarding of [002], a long horizon, an honest
 *       relationship map, quarterly reviews and a mid-year reset.
 *   <li>{@link #engineeringClient()}: a professional services firm's client of [004], with an open
 *       critical relationship issue while new business is pursued.
 *   <li>{@link #crossSellHeatMap()}: the self-centred, inside-out plan [003] warns about: a list of
 *       what we want to sell, single-threaded through one salesperson.
 *   <li>{@link #forgottenBank()}: the static plan [003] warns about: the bank's plan, a year on, with
 *       nobody having touched it.
 * </ul>
 */
public final class ExamplePlans {
  private ExamplePlans() {}

  /** All example plans, in a fixed order. */
  public static List<AccountPlan> all() {
    return List.of(
        talentAcquisition(),
        bankOnboarding(),
        engineeringClient(),
        crossSellHeatMap(),
        forgottenBank());
  }

  /** A plan with only what every plan must have, as of {@code asOf}: the start of tests that add one thing. */
  public static AccountPlan empty(LocalDate asOf) {
    return AccountPlan.builder()
        .id(PlanId.of("plan"))
        .asOf(asOf)
        .account(Account.builder().name("Acme").build())
        .build();
  }

  /** The talent-acquisition customer of [000]: they bought interviewing software to win talent. */
  public static AccountPlan talentAcquisition() {
    TeamMemberId dana = TeamMemberId.of("tm-dana");
    TeamMemberId raj = TeamMemberId.of("tm-raj");
    TeamMemberId lena = TeamMemberId.of("tm-lena");
    StakeholderId coo = StakeholderId.of("sh-coo");
    StakeholderId chro = StakeholderId.of("sh-chro");
    StakeholderId taDirector = StakeholderId.of("sh-ta-director");
    StakeholderId hrit = StakeholderId.of("sh-hrit");
    StakeholderId recruiter = StakeholderId.of("sh-recruiter");
    ProblemId talent = ProblemId.of("pr-talent");
    GoalId pipeline = GoalId.of("g-pipeline");
    GoalId quarterly = GoalId.of("g-quarterly-results");
    LocalDate asOf = LocalDate.of(2014, 7, 9);

    return AccountPlan.builder()
        .id(PlanId.of("plan-talent-2014"))
        .title("Acme Logistics: winning the talent war")
        .asOf(asOf)
        .lastUpdated(LocalDate.of(2014, 7, 1))
        .horizon(Horizon.of(LocalDate.of(2014, 1, 1), LocalDate.of(2015, 12, 31)))
        .account(Account.builder()
            .name("Acme Logistics")
            .industry("Logistics")
            .segment("Enterprise")
            .addRegions("North America")
            .sentiment(
                Sentiment.builder().nps(42).measuredOn(LocalDate.of(2014, 6, 1)).build())
            .businessModel(BusinessModelCanvas.builder()
                .addCustomerSegments("Retailers shipping nationwide")
                .addValuePropositions("Next-day freight at regional cost")
                .addKeyResources("Drivers and dispatchers")
                .addKeyActivities("Line-haul operations")
                .addRevenueStreams("Per-shipment fees")
                .build())
            .build())
        .purpose(Purpose.builder()
            .statement("Our largest customer in logistics and the reference for the segment")
            .aspiration("Help them become the employer of choice for drivers and dispatchers")
            .rank(1)
            .build())
        .vision("A full talent pipeline: a steady stream of qualified candidates flowing into every"
            + " hiring manager's queue within ten days of a requisition opening")
        .addProblems(CustomerProblem.builder()
            .id(talent)
            .statement("They cannot attract the best talent")
            .whyTheyCare(
                "Hiring managers lack qualified candidates, so line-of-business leaders miss"
                    + " their quarterly results")
            .businessImpact("Lost market share to competitors, missed earnings, lower market cap")
            .confirmedByCustomer(true)
            .build())
        .addGoals(
            CustomerGoal.builder()
                .id(pipeline)
                .statement("Fill the talent pipeline for drivers and dispatchers")
                .top(true)
                .rank(1)
                .whyItMatters("Open requisitions stall line-haul capacity")
                .expectedOutcome("Qualified candidates in hiring managers' queues within ten days")
                .addProblems(talent)
                .confirmedByCustomer(true)
                .build(),
            CustomerGoal.builder()
                .id(quarterly)
                .statement("Deliver quarterly results in every business unit")
                .top(true)
                .rank(2)
                .whyItMatters("Two units missed their quarter for lack of staff")
                .expectedOutcome("No unit misses a quarter for lack of staff")
                .addProblems(talent)
                .build())
        .addSuccessMetrics(
            SuccessMetric.builder()
                .id(MetricId.of("m-reach"))
                .name("Share of target audience interviewing on the platform")
                .unit("%")
                .baseline(new BigDecimal("35"))
                .target(new BigDecimal("80"))
                .dueDate(LocalDate.of(2014, 11, 30))
                .measurementSource("Platform usage report")
                .goal(pipeline)
                .agreedWithCustomer(true)
                .build(),
            SuccessMetric.builder()
                .id(MetricId.of("m-adoption"))
                .name("Adoption rate among hiring managers")
                .unit("%")
                .baseline(new BigDecimal("52.5"))
                .target(new BigDecimal("90"))
                .dueDate(LocalDate.of(2014, 11, 30))
                .measurementSource("Platform usage report")
                .goal(pipeline)
                .agreedWithCustomer(true)
                .build(),
            SuccessMetric.builder()
                .id(MetricId.of("m-time-to-queue"))
                .name("Days from requisition to first qualified candidate")
                .unit("days")
                .baseline(new BigDecimal("24"))
                .target(new BigDecimal("10"))
                .dueDate(LocalDate.of(2015, 6, 30))
                .measurementSource("ATS requisition report")
                .problem(talent)
                .build())
        .addInsights(Insight.builder()
            .id(InsightId.of("in-innovation"))
            .kind(InsightKind.GROWTH)
            .statement(
                "Candidates see them as old-fashioned: 'be innovative' is a symptom of the talent problem")
            .confirmedOn(LocalDate.of(2014, 5, 20))
            .source(chro)
            .addGoals(pipeline)
            .build())
        .addStakeholders(
            Stakeholder.builder()
                .id(coo)
                .name("Maria Chen")
                .title("Chief Operating Officer")
                .addBuyingRoles(BuyingRole.ECONOMIC_BUYER)
                .influence(Influence.HIGH)
                .support(Support.SUPPORTER)
                .responseMode(ResponseMode.GROWTH)
                .build(),
            Stakeholder.builder()
                .id(chro)
                .name("James Okafor")
                .title("Chief HR Officer")
                .reportsTo(coo)
                .addBuyingRoles(BuyingRole.APPROVER)
                .influence(Influence.HIGH)
                .support(Support.CHAMPION)
                .build(),
            Stakeholder.builder()
                .id(taDirector)
                .name("Priya Nair")
                .title("Director of Talent Acquisition")
                .reportsTo(chro)
                .addBuyingRoles(BuyingRole.USER, BuyingRole.COACH)
                .influence(Influence.MEDIUM)
                .support(Support.CHAMPION)
                .upAndComer(true)
                .build(),
            Stakeholder.builder()
                .id(hrit)
                .name("Tom Fischer")
                .title("HR IT Lead")
                .reportsTo(chro)
                .addBuyingRoles(BuyingRole.TECHNICAL)
                .influence(Influence.MEDIUM)
                .support(Support.NEUTRAL)
                .build(),
            Stakeholder.builder()
                .id(recruiter)
                .name("Ana Lopez")
                .title("Senior Recruiter")
                .reportsTo(taDirector)
                .addBuyingRoles(BuyingRole.USER)
                .influence(Influence.LOW)
                .support(Support.SUPPORTER)
                .build())
        .addTeamMembers(
            TeamMember.builder()
                .id(dana)
                .name("Dana Whitfield")
                .role(TeamRole.ACCOUNT_LEAD)
                .addExpertise("Talent acquisition")
                .addCaresAbout("Customer outcomes")
                .build(),
            TeamMember.builder()
                .id(raj)
                .name("Raj Patel")
                .role(TeamRole.POST_SALES)
                .addExpertise("Adoption programmes")
                .build(),
            TeamMember.builder()
                .id(lena)
                .name("Lena Berg")
                .role(TeamRole.EXECUTIVE_SPONSOR)
                .build())
        .addRelationships(
            Relationship.builder()
                .teamMember(lena)
                .stakeholder(coo)
                .strength(2)
                .lastInteraction(LocalDate.of(2014, 6, 12))
                .currentLevel(RelationshipLevel.CREDIBLE_SOURCE)
                .desiredLevel(RelationshipLevel.TRUSTED_ADVISOR)
                .build(),
            Relationship.builder()
                .teamMember(dana)
                .stakeholder(chro)
                .strength(3)
                .addEvidence(Evidence.builder()
                    .description("Invited Dana to present at the HR leadership offsite")
                    .tone(Tone.POSITIVE)
                    .date(LocalDate.of(2014, 5, 20))
                    .build())
                .lastInteraction(LocalDate.of(2014, 7, 2))
                .currentLevel(RelationshipLevel.TRUSTED_ADVISOR)
                .build(),
            Relationship.builder()
                .teamMember(raj)
                .stakeholder(taDirector)
                .strength(3)
                .addEvidence(Evidence.builder()
                    .description("Weekly adoption stand-up for six months running")
                    .tone(Tone.POSITIVE)
                    .date(LocalDate.of(2014, 7, 3))
                    .build())
                .lastInteraction(LocalDate.of(2014, 7, 3))
                .build(),
            Relationship.builder()
                .teamMember(dana)
                .stakeholder(taDirector)
                .strength(2)
                .lastInteraction(LocalDate.of(2014, 6, 25))
                .build(),
            Relationship.builder()
                .teamMember(raj)
                .stakeholder(hrit)
                .strength(2)
                .lastInteraction(LocalDate.of(2014, 6, 18))
                .build(),
            Relationship.builder()
                .teamMember(raj)
                .stakeholder(recruiter)
                .strength(2)
                .lastInteraction(LocalDate.of(2014, 7, 1))
                .build())
        .addOfferings(
            Offering.builder()
                .id(OfferingId.of("of-interviewing"))
                .name("Video interviewing")
                .build(),
            Offering.builder()
                .id(OfferingId.of("of-scheduling"))
                .name("Interview scheduling")
                .build())
        .addOpportunities(Opportunity.builder()
            .id(OpportunityId.of("op-expansion"))
            .name("Interviewing for all dispatch roles")
            .stage(OpportunityStage.QUALIFIED)
            .origin(OpportunityOrigin.CUSTOMER_NEED)
            .addOfferings(OfferingId.of("of-interviewing"))
            .value(Money.of("180000", "USD"))
            .probability(60)
            .closeDate(LocalDate.of(2014, 10, 31))
            .addGoals(pipeline)
            .addProblems(talent)
            .build())
        .addActions(
            Action.builder()
                .id(ActionId.of("a-training"))
                .title("Train hiring managers in the three largest units")
                .kind(ActionKind.DELIVERY)
                .status(ActionStatus.IN_PROGRESS)
                .owner(raj)
                .dueDate(LocalDate.of(2014, 8, 15))
                .addGoals(pipeline)
                .build(),
            Action.builder()
                .id(ActionId.of("a-pilot"))
                .title("Pilot interviewing with dispatch hiring managers")
                .kind(ActionKind.WIN_PLAN)
                .owner(dana)
                .dueDate(LocalDate.of(2014, 9, 15))
                .addOpportunities(OpportunityId.of("op-expansion"))
                .addGoals(pipeline)
                .build(),
            Action.builder()
                .id(ActionId.of("a-benchmark"))
                .title("Share the logistics hiring benchmark with the COO")
                .kind(ActionKind.DEMAND_GENERATION)
                .owner(lena)
                .dueDate(LocalDate.of(2014, 8, 30))
                .addProblems(talent)
                .addStakeholders(coo)
                .build(),
            Action.builder()
                .id(ActionId.of("a-meet-it"))
                .title("Meet the HR IT lead about single sign-on")
                .kind(ActionKind.RELATIONSHIP)
                .owner(raj)
                .dueDate(LocalDate.of(2014, 7, 31))
                .addStakeholders(hrit)
                .build())
        .addCommitments(
            Commitment.builder()
                .kind(CommitmentKind.DO)
                .statement("Run a monthly adoption review with the talent acquisition team")
                .build(),
            Commitment.builder()
                .kind(CommitmentKind.NOT_DO)
                .statement("We will not start socialising the scheduling solution")
                .condition(
                    "until interviewing reaches 80% of the target audience with a 90% adoption rate")
                .by(LocalDate.of(2014, 11, 30))
                .build())
        .addGovernance(
            GovernanceRole.builder()
                .responsibility("Drives the programme")
                .teamMember(dana)
                .build(),
            GovernanceRole.builder()
                .responsibility("Decides at intersections")
                .stakeholder(chro)
                .build(),
            GovernanceRole.builder()
                .responsibility("Escalation when we run out of gas")
                .teamMember(lena)
                .build())
        .addReviews(
            Review.builder()
                .date(LocalDate.of(2014, 4, 2))
                .kind(ReviewKind.QUARTERLY)
                .clientPresent(true)
                .addChanges("Added the adoption metric")
                .build(),
            Review.builder()
                .date(LocalDate.of(2014, 7, 1))
                .kind(ReviewKind.MID_YEAR_RESET)
                .clientPresent(true)
                .addChanges("Moved scheduling behind the not-do line")
                .build())
        .clientInvolvement(ClientInvolvement.builder()
            .validatedOn(LocalDate.of(2014, 2, 14))
            .addListenOnlySessions(LocalDate.of(2014, 3, 10), LocalDate.of(2014, 6, 5))
            .clientBuyIn(true)
            .teamBuyIn(true)
            .build())
        .build();
  }

  /** The bank of [002]: digital onboarding that can cut acquisition cost by 80%. */
  public static AccountPlan bankOnboarding() {
    TeamMemberId vijay = TeamMemberId.of("tm-vijay");
    TeamMemberId sofia = TeamMemberId.of("tm-sofia");
    TeamMemberId ken = TeamMemberId.of("tm-ken");
    TeamMemberId amara = TeamMemberId.of("tm-amara");
    StakeholderId ceo = StakeholderId.of("sh-ceo");
    StakeholderId cdo = StakeholderId.of("sh-cdo");
    StakeholderId cfo = StakeholderId.of("sh-cfo");
    StakeholderId cio = StakeholderId.of("sh-cio");
    StakeholderId retailHead = StakeholderId.of("sh-retail-head");
    StakeholderId productLead = StakeholderId.of("sh-product-lead");
    StakeholderId procurement = StakeholderId.of("sh-procurement");
    ProblemId acquisitionCost = ProblemId.of("pr-acquisition-cost");
    ProblemId dropOff = ProblemId.of("pr-drop-off");
    GoalId digitalShare = GoalId.of("g-digital-share");
    GoalId costToServe = GoalId.of("g-cost-to-serve");
    GoalId fintechDefence = GoalId.of("g-fintech-defence");
    OpportunityId onboarding = OpportunityId.of("op-onboarding");
    OpportunityId kyc = OpportunityId.of("op-kyc-integration");

    return AccountPlan.builder()
        .id(PlanId.of("plan-northwind-2026"))
        .title("Northwind Bank: digital onboarding")
        .asOf(LocalDate.of(2026, 9, 30))
        .lastUpdated(LocalDate.of(2026, 9, 12))
        .horizon(Horizon.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)))
        .account(Account.builder()
            .name("Northwind Bank")
            .industry("Retail banking")
            .segment("Strategic")
            .addRegions("UK", "Ireland")
            .sentiment(Sentiment.builder()
                .nps(31)
                .measuredOn(LocalDate.of(2026, 6, 30))
                .build())
            .businessModel(BusinessModelCanvas.builder()
                .addCustomerSegments("Mass-market retail customers", "Small businesses")
                .addValuePropositions("A trusted bank on every high street")
                .addChannels("Branches", "Mobile app")
                .addCustomerRelationships("Branch advisers", "Self-service")
                .addRevenueStreams("Net interest margin", "Account fees")
                .addKeyResources("Banking licence", "Branch network")
                .addKeyActivities("Lending", "Deposit taking")
                .addKeyPartners("Card schemes", "Core banking vendor")
                .addCostStructure("Branch estate", "Compliance")
                .build())
            .build())
        .purpose(Purpose.builder()
            .statement("A flagship for our digital banking practice in the UK")
            .rank(2)
            .build())
        .addPrinciples(Principle.builder()
            .statement(
                "We advise on the whole solution, even where a competitor delivers part of it")
            .walkAwayWhen("The bank asks us to staff work outside our competence")
            .build())
        .vision(
            "Customers open an account on their phone in under five minutes, and the bank acts like a consumer tech company")
        .addProblems(
            CustomerProblem.builder()
                .id(acquisitionCost)
                .statement("Acquiring a customer costs three times what challenger banks pay")
                .whyTheyCare("The board's cost-income target is out of reach")
                .businessImpact("Margin erosion and loss of younger customers to fintechs")
                .confirmedByCustomer(true)
                .build(),
            CustomerProblem.builder()
                .id(dropOff)
                .statement("Six in ten applicants abandon account opening")
                .whyTheyCare("Marketing spend is wasted at the last step")
                .build())
        .addGoals(
            CustomerGoal.builder()
                .id(digitalShare)
                .statement("Open 60% of new accounts digitally")
                .top(true)
                .rank(1)
                .whyItMatters("Branch openings cost four times more")
                .expectedOutcome("60% digital share by 2027")
                .addProblems(acquisitionCost, dropOff)
                .confirmedByCustomer(true)
                .build(),
            CustomerGoal.builder()
                .id(costToServe)
                .statement("Cut cost to serve by 15%")
                .top(true)
                .rank(2)
                .whyItMatters("The cost-income ratio target")
                .expectedOutcome("Cost-income ratio below 55%")
                .addProblems(acquisitionCost)
                .build(),
            CustomerGoal.builder()
                .id(fintechDefence)
                .statement("Win back under-30 customers")
                .top(true)
                .rank(3)
                .whyItMatters("The customer base is ageing")
                .build())
        .addSuccessMetrics(
            SuccessMetric.builder()
                .id(MetricId.of("m-acquisition-cost"))
                .name("Cost per acquired customer")
                .unit("GBP")
                .baseline(new BigDecimal("210"))
                .target(new BigDecimal("42"))
                .dueDate(LocalDate.of(2027, 12, 31))
                .measurementSource("Finance monthly pack")
                .problem(acquisitionCost)
                .agreedWithCustomer(true)
                .build(),
            SuccessMetric.builder()
                .id(MetricId.of("m-digital-share"))
                .name("Share of accounts opened digitally")
                .unit("%")
                .baseline(new BigDecimal("18"))
                .target(new BigDecimal("60"))
                .dueDate(LocalDate.of(2027, 12, 31))
                .goal(digitalShare)
                .build(),
            SuccessMetric.builder()
                .id(MetricId.of("m-completion"))
                .name("Application completion rate")
                .unit("%")
                .baseline(new BigDecimal("40"))
                .problem(dropOff)
                .build())
        .addMacroFactors(
            MacroFactor.builder()
                .kind(MacroFactorKind.INDUSTRY)
                .description("Banks operating like consumer tech companies")
                .implication("Speed of onboarding becomes a brand issue")
                .build(),
            MacroFactor.builder()
                .kind(MacroFactorKind.POLITICAL)
                .description("Open-banking regulation widens access to account data")
                .build())
        .addCompetitors(Competitor.builder()
            .name("Fenwick Consulting")
            .addStrengths("Owns the core banking integration")
            .addWeaknesses("No mobile design practice")
            .mitigation("Propose a joint delivery on the KYC integration")
            .build())
        .journey(CustomerJourney.builder()
            .addTodayNeeds("A credible digital onboarding business case")
            .addTodayEmotions("Anxious about fintech churn")
            .addTodayBarriers("Legacy KYC checks")
            .addToMoveForward("A proof that onboarding can be cut to minutes")
            .addTomorrow("Digital lending")
            .addUncertainFuture("Embedded finance partnerships")
            .build())
        .addInsights(
            Insight.builder()
                .id(InsightId.of("in-kyc"))
                .kind(InsightKind.OBSTACLE)
                .statement("Manual KYC review adds two days to every application")
                .confirmedOn(LocalDate.of(2026, 3, 3))
                .source(cio)
                .addGoals(digitalShare)
                .build(),
            Insight.builder()
                .id(InsightId.of("in-challengers"))
                .kind(InsightKind.TREND)
                .statement("Challenger banks onboard in four minutes")
                .addGoals(fintechDefence)
                .build())
        .positioning(Positioning.builder()
            .addPriorities("Digital share", "Cost income ratio")
            .addPreferences("Fixed-price phases", "No offshore-only teams")
            .howTheySeeUs("Strong designers, unproven at bank-scale integration")
            .valueProposition(
                "Onboarding redesigned around the customer's phone, proven in four weeks")
            .build())
        .addStakeholders(
            Stakeholder.builder()
                .id(ceo)
                .name("Eleanor Hughes")
                .title("Chief Executive")
                .influence(Influence.HIGH)
                .support(Support.NEUTRAL)
                .build(),
            Stakeholder.builder()
                .id(cdo)
                .name("Samir Haddad")
                .title("Chief Digital Officer")
                .reportsTo(ceo)
                .addBuyingRoles(BuyingRole.ECONOMIC_BUYER)
                .influence(Influence.HIGH)
                .support(Support.CHAMPION)
                .responseMode(ResponseMode.GROWTH)
                .build(),
            Stakeholder.builder()
                .id(cfo)
                .name("Grace Liu")
                .title("Chief Financial Officer")
                .reportsTo(ceo)
                .addBuyingRoles(BuyingRole.APPROVER)
                .influence(Influence.HIGH)
                .support(Support.NEUTRAL)
                .build(),
            Stakeholder.builder()
                .id(cio)
                .name("Owen Price")
                .title("Chief Information Officer")
                .reportsTo(ceo)
                .addBuyingRoles(BuyingRole.TECHNICAL)
                .influence(Influence.HIGH)
                .support(Support.NON_SUPPORTER)
                .build(),
            Stakeholder.builder()
                .id(retailHead)
                .name("Hannah Brooks")
                .title("Head of Retail")
                .reportsTo(cdo)
                .addBuyingRoles(BuyingRole.USER)
                .influence(Influence.MEDIUM)
                .support(Support.SUPPORTER)
                .build(),
            Stakeholder.builder()
                .id(productLead)
                .name("Leo Martins")
                .title("Onboarding Product Lead")
                .reportsTo(cdo)
                .addBuyingRoles(BuyingRole.USER, BuyingRole.COACH)
                .influence(Influence.MEDIUM)
                .support(Support.CHAMPION)
                .upAndComer(true)
                .build(),
            Stakeholder.builder()
                .id(procurement)
                .name("Ruth Adams")
                .title("Procurement Manager")
                .reportsTo(cfo)
                .addBuyingRoles(BuyingRole.APPROVER)
                .influence(Influence.LOW)
                .support(Support.NEUTRAL)
                .build())
        .addTeamMembers(
            TeamMember.builder()
                .id(vijay)
                .name("Vijay Raman")
                .role(TeamRole.ACCOUNT_LEAD)
                .addExpertise("Banking")
                .build(),
            TeamMember.builder()
                .id(sofia)
                .name("Sofia Greco")
                .role(TeamRole.PRE_SALES)
                .addExpertise("Mobile design")
                .build(),
            TeamMember.builder()
                .id(ken)
                .name("Ken Ito")
                .role(TeamRole.DELIVERY)
                .addExpertise("KYC integration")
                .build(),
            TeamMember.builder()
                .id(amara)
                .name("Amara Obi")
                .role(TeamRole.EXECUTIVE_SPONSOR)
                .build())
        .addRelationships(
            Relationship.builder()
                .teamMember(vijay)
                .stakeholder(cdo)
                .strength(3)
                .addEvidence(Evidence.builder()
                    .description(
                        "Samir asked Vijay to co-present the digital strategy to the board")
                    .tone(Tone.POSITIVE)
                    .date(LocalDate.of(2026, 6, 18))
                    .build())
                .lastInteraction(LocalDate.of(2026, 9, 20))
                .currentLevel(RelationshipLevel.TRUSTED_ADVISOR)
                .build(),
            Relationship.builder()
                .teamMember(amara)
                .stakeholder(ceo)
                .strength(1)
                .lastInteraction(LocalDate.of(2025, 11, 4))
                .build(),
            Relationship.builder()
                .teamMember(amara)
                .stakeholder(cfo)
                .strength(2)
                .lastInteraction(LocalDate.of(2026, 7, 15))
                .build(),
            Relationship.builder()
                .teamMember(ken)
                .stakeholder(cio)
                .strength(2)
                .addEvidence(Evidence.builder()
                    .description("Owen challenged our integration estimate in a tense meeting")
                    .tone(Tone.NEGATIVE)
                    .date(LocalDate.of(2026, 8, 28))
                    .build())
                .lastInteraction(LocalDate.of(2026, 8, 28))
                .build(),
            Relationship.builder()
                .teamMember(sofia)
                .stakeholder(productLead)
                .strength(3)
                .addEvidence(Evidence.builder()
                    .description("Leo shared the internal drop-off analysis with us")
                    .tone(Tone.POSITIVE)
                    .date(LocalDate.of(2026, 9, 2))
                    .build())
                .lastInteraction(LocalDate.of(2026, 9, 25))
                .build(),
            Relationship.builder()
                .teamMember(sofia)
                .stakeholder(retailHead)
                .strength(2)
                .lastInteraction(LocalDate.of(2026, 9, 10))
                .build(),
            Relationship.builder()
                .teamMember(vijay)
                .stakeholder(productLead)
                .strength(2)
                .lastInteraction(LocalDate.of(2026, 9, 18))
                .build())
        .addPartners(Partner.builder()
            .id(PartnerId.of("pa-idcheck"))
            .name("IDCheck")
            .kind(PartnerKind.PARTNER)
            .contribution("Automated identity verification")
            .build())
        .history(
            "Three years of mobile app work; we rebuilt the app in 2024 and it is rated 4.6 stars")
        .addEngagements(Engagement.builder()
            .name("Mobile app rebuild")
            .start(LocalDate.of(2024, 1, 8))
            .end(LocalDate.of(2024, 11, 29))
            .revenue(Money.of("1450000.00", "GBP"))
            .marginPercent(new BigDecimal("31.5"))
            .narrative("Delivered on time; the app rating rose from 2.9 to 4.6")
            .build())
        .addOfferings(
            Offering.builder()
                .id(OfferingId.of("of-onboarding"))
                .name("Digital onboarding redesign")
                .description("Cut acquisition cost by redesigning account opening for the phone")
                .build(),
            Offering.builder()
                .id(OfferingId.of("of-integration"))
                .name("KYC integration")
                .build())
        .addOpportunities(
            Opportunity.builder()
                .id(onboarding)
                .name("Digital onboarding, phase 1")
                .stage(OpportunityStage.PROPOSED)
                .origin(OpportunityOrigin.DEMAND_GENERATION)
                .addOfferings(OfferingId.of("of-onboarding"))
                .value(Money.of("900000", "GBP"))
                .probability(50)
                .closeDate(LocalDate.of(2026, 12, 15))
                .addGoals(digitalShare)
                .addProblems(acquisitionCost, dropOff)
                .build(),
            Opportunity.builder()
                .id(kyc)
                .name("KYC integration with IDCheck")
                .stage(OpportunityStage.IDENTIFIED)
                .origin(OpportunityOrigin.PARTNER)
                .addOfferings(OfferingId.of("of-integration"))
                .value(Money.of("350000", "GBP"))
                .probability(20)
                .closeDate(LocalDate.of(2027, 3, 31))
                .addGoals(digitalShare)
                .build())
        .addActions(
            Action.builder()
                .id(ActionId.of("a-show-options"))
                .title("Show three options for how digital onboarding cuts acquisition cost by 80%")
                .kind(ActionKind.DEMAND_GENERATION)
                .status(ActionStatus.DONE)
                .owner(vijay)
                .dueDate(LocalDate.of(2026, 5, 31))
                .completedOn(LocalDate.of(2026, 5, 28))
                .addProblems(acquisitionCost)
                .build(),
            Action.builder()
                .id(ActionId.of("a-poc"))
                .title("Four-week proof of concept with the onboarding team")
                .kind(ActionKind.WIN_PLAN)
                .status(ActionStatus.IN_PROGRESS)
                .owner(sofia)
                .dueDate(LocalDate.of(2026, 10, 31))
                .addOpportunities(onboarding)
                .addGoals(digitalShare)
                .build(),
            Action.builder()
                .id(ActionId.of("a-cio"))
                .title(
                    "Address the CIO's concerns on integration risk with a joint architecture session")
                .kind(ActionKind.RELATIONSHIP)
                .owner(ken)
                .dueDate(LocalDate.of(2026, 10, 15))
                .addStakeholders(cio)
                .build(),
            Action.builder()
                .id(ActionId.of("a-ceo"))
                .title("Executive sponsor meeting with the CEO")
                .kind(ActionKind.RELATIONSHIP)
                .owner(amara)
                .dueDate(LocalDate.of(2026, 9, 15))
                .addStakeholders(ceo)
                .build(),
            Action.builder()
                .id(ActionId.of("a-forecast"))
                .title("Map the plan to revenue and cash flow in the forecast")
                .kind(ActionKind.INTERNAL)
                .status(ActionStatus.DONE)
                .owner(vijay)
                .dueDate(LocalDate.of(2026, 7, 31))
                .completedOn(LocalDate.of(2026, 7, 30))
                .build())
        .addCommitments(
            Commitment.builder()
                .kind(CommitmentKind.DO)
                .statement("Hold a listen-only session every quarter")
                .build(),
            Commitment.builder()
                .kind(CommitmentKind.NOT_DO)
                .statement("We will not pitch digital lending")
                .condition("until onboarding phase 1 is live")
                .by(LocalDate.of(2027, 6, 30))
                .build())
        .addGovernance(GovernanceRole.builder()
            .responsibility("Steering committee chair")
            .stakeholder(cdo)
            .build())
        .addReviews(
            Review.builder()
                .date(LocalDate.of(2026, 3, 31))
                .kind(ReviewKind.QUARTERLY)
                .clientPresent(true)
                .build(),
            Review.builder()
                .date(LocalDate.of(2026, 6, 30))
                .kind(ReviewKind.MID_YEAR_RESET)
                .clientPresent(true)
                .addChanges("Rewrote the plan around acquisition cost after client validation")
                .build(),
            Review.builder()
                .date(LocalDate.of(2026, 9, 12))
                .kind(ReviewKind.QUARTERLY)
                .build())
        .clientInvolvement(ClientInvolvement.builder()
            .validatedOn(LocalDate.of(2026, 2, 20))
            .addListenOnlySessions(LocalDate.of(2026, 4, 14), LocalDate.of(2026, 8, 11))
            .clientBuyIn(true)
            .teamBuyIn(true)
            .build())
        .build();
  }

  /** The professional services client of [004]: a cow in the ditch while new business beckons. */
  public static AccountPlan engineeringClient() {
    TeamMemberId pat = TeamMemberId.of("tm-pat");
    TeamMemberId morgan = TeamMemberId.of("tm-morgan");
    StakeholderId director = StakeholderId.of("sh-director");
    StakeholderId pm = StakeholderId.of("sh-project-manager");
    StakeholderId deputy = StakeholderId.of("sh-deputy");
    IssueId overrun = IssueId.of("is-overrun");
    GoalId resilience = GoalId.of("g-resilience");

    return AccountPlan.builder()
        .id(PlanId.of("plan-riverside-2025"))
        .title("City of Riverside Water: account development plan")
        .asOf(LocalDate.of(2025, 3, 1))
        .lastUpdated(LocalDate.of(2025, 2, 20))
        .horizon(Horizon.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .account(Account.builder()
            .name("City of Riverside Water Department")
            .industry("Public utilities")
            .addRegions("Riverside County")
            .build())
        .purpose(Purpose.builder()
            .statement("Our longest-standing public client and a reference for every utility bid")
            .rank(3)
            .build())
        .addPrinciples(Principle.builder()
            .statement("We do not bid work where we cannot staff a licensed engineer")
            .walkAwayWhen("The client insists on a fixed fee for open-ended scope")
            .build())
        .vision(
            "A collaborative relationship in which the department calls us first on every resilience project")
        .addGoals(CustomerGoal.builder()
            .id(resilience)
            .statement("Make the water system resilient to a 100-year flood")
            .top(true)
            .whyItMatters("A state mandate with funding attached")
            .build())
        .addStakeholders(
            Stakeholder.builder()
                .id(director)
                .name("Robert Alvarez")
                .title("Director of Public Works")
                .addBuyingRoles(BuyingRole.ECONOMIC_BUYER)
                .influence(Influence.HIGH)
                .support(Support.NON_SUPPORTER)
                .location("Riverside")
                .build(),
            Stakeholder.builder()
                .id(pm)
                .name("Karen Holt")
                .title("Senior Project Manager")
                .reportsTo(director)
                .addBuyingRoles(BuyingRole.USER)
                .influence(Influence.MEDIUM)
                .support(Support.SUPPORTER)
                .location("Riverside")
                .build(),
            Stakeholder.builder()
                .id(deputy)
                .name("Luis Romero")
                .title("Deputy Director")
                .reportsTo(director)
                .influence(Influence.HIGH)
                .upAndComer(true)
                .location("Riverside")
                .build())
        .addTeamMembers(
            TeamMember.builder()
                .id(pat)
                .name("Pat Wainwright")
                .role(TeamRole.ACCOUNT_LEAD)
                .build(),
            TeamMember.builder()
                .id(morgan)
                .name("Morgan Lee")
                .role(TeamRole.DELIVERY)
                .build())
        .addRelationships(
            Relationship.builder()
                .teamMember(pat)
                .stakeholder(director)
                .strength(3)
                .lastInteraction(LocalDate.of(2024, 6, 2))
                .build(),
            Relationship.builder()
                .teamMember(morgan)
                .stakeholder(pm)
                .strength(2)
                .addEvidence(Evidence.builder()
                    .description("Karen thanked the team for the weekend pump-station fix")
                    .tone(Tone.POSITIVE)
                    .date(LocalDate.of(2025, 1, 15))
                    .build())
                .lastInteraction(LocalDate.of(2025, 2, 18))
                .build())
        .addPartners(Partner.builder()
            .id(PartnerId.of("pa-geotech"))
            .name("Bedrock Geotechnical")
            .kind(PartnerKind.SUB_CONSULTANT)
            .addSharedClients("Riverside County Flood Control")
            .build())
        .history(
            "Twelve years of treatment-plant design; the 2024 reservoir project ran over budget")
        .addEngagements(Engagement.builder()
            .name("Reservoir rehabilitation")
            .start(LocalDate.of(2023, 3, 1))
            .end(LocalDate.of(2024, 9, 30))
            .revenue(Money.of("2100000", "USD"))
            .marginPercent(new BigDecimal("-4.0"))
            .narrative("Change orders disputed; delivered nine weeks late")
            .build())
        .addIssues(RelationshipIssue.builder()
            .id(overrun)
            .summary("The director blames us for the reservoir overrun")
            .severity(IssueSeverity.CRITICAL)
            .status(IssueStatus.OPEN)
            .raisedOn(LocalDate.of(2024, 10, 7))
            .addEvidence(Evidence.builder()
                .description("Critical memo from the director to council")
                .tone(Tone.NEGATIVE)
                .date(LocalDate.of(2024, 10, 7))
                .build())
            .addStakeholders(director)
            .build())
        .addOfferings(Offering.builder()
            .id(OfferingId.of("of-flood"))
            .name("Flood resilience study")
            .build())
        .addOpportunities(Opportunity.builder()
            .id(OpportunityId.of("op-flood-study"))
            .name("Flood resilience master plan")
            .stage(OpportunityStage.QUALIFIED)
            .origin(OpportunityOrigin.CUSTOMER_REQUEST)
            .addOfferings(OfferingId.of("of-flood"))
            .value(Money.of("750000", "USD"))
            .probability(40)
            .closeDate(LocalDate.of(2025, 6, 30))
            .addGoals(resilience)
            .build())
        .addActions(
            Action.builder()
                .id(ActionId.of("a-rfp"))
                .title("Prepare the flood study proposal")
                .kind(ActionKind.WIN_PLAN)
                .owner(pat)
                .dueDate(LocalDate.of(2025, 2, 15))
                .addOpportunities(OpportunityId.of("op-flood-study"))
                .build(),
            Action.builder()
                .id(ActionId.of("a-lunch"))
                .title("Get to know the deputy director")
                .kind(ActionKind.RELATIONSHIP)
                .build())
        .addCommitments(Commitment.builder()
            .kind(CommitmentKind.DO)
            .statement("Monthly progress call with the project manager")
            .build())
        .addReviews(Review.builder()
            .date(LocalDate.of(2024, 3, 15))
            .kind(ReviewKind.TEAM_MEETING)
            .build())
        .build();
  }

  /** The inside-out plan of [003]: a cross-sell heat map with no customer in it. */
  public static AccountPlan crossSellHeatMap() {
    TeamMemberId rep = TeamMemberId.of("tm-rep");
    StakeholderId buyer = StakeholderId.of("sh-it-buyer");
    StakeholderId admin = StakeholderId.of("sh-admin");
    return AccountPlan.builder()
        .id(PlanId.of("plan-globex-fy26"))
        .title("Globex: FY26 wallet share")
        .asOf(LocalDate.of(2026, 2, 1))
        .lastUpdated(LocalDate.of(2026, 1, 20))
        .horizon(Horizon.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)))
        .account(Account.builder()
            .name("Globex Manufacturing")
            .industry("Manufacturing")
            .build())
        .addAssumptions(Assumption.builder()
            .kind(AssumptionKind.START)
            .statement("Pitch the full suite in every meeting")
            .build())
        .addChallenges(Challenge.builder()
            .id(ChallengeId.of("ch-budget"))
            .cause("IT budget is frozen")
            .build())
        .addPolicies(Policy.builder()
            .statement("Discount to win the renewal")
            .addChallenges(ChallengeId.of("ch-budget"))
            .build())
        .addResources(ResourceNeed.builder()
            .level(ResourceLevel.MINIMUM)
            .description("One rep")
            .build())
        .addStakeholders(
            Stakeholder.builder()
                .id(buyer)
                .name("Gary Stone")
                .title("IT Purchasing Manager")
                .addBuyingRoles(BuyingRole.APPROVER)
                .influence(Influence.MEDIUM)
                .support(Support.SUPPORTER)
                .build(),
            Stakeholder.builder()
                .id(admin)
                .name("Tina Walsh")
                .title("Systems Administrator")
                .addBuyingRoles(BuyingRole.USER)
                .influence(Influence.LOW)
                .support(Support.SUPPORTER)
                .build())
        .addTeamMembers(TeamMember.builder()
            .id(rep)
            .name("Chris Doyle")
            .role(TeamRole.SALES)
            .build())
        .addRelationships(
            Relationship.builder()
                .teamMember(rep)
                .stakeholder(buyer)
                .strength(3)
                .lastInteraction(LocalDate.of(2026, 1, 10))
                .build(),
            Relationship.builder()
                .teamMember(rep)
                .stakeholder(admin)
                .strength(2)
                .lastInteraction(LocalDate.of(2025, 12, 1))
                .build())
        .addOfferings(
            Offering.builder()
                .id(OfferingId.of("of-security"))
                .name("Security suite")
                .build(),
            Offering.builder()
                .id(OfferingId.of("of-backup"))
                .name("Cloud backup")
                .build(),
            Offering.builder()
                .id(OfferingId.of("of-analytics"))
                .name("Analytics add-on")
                .build())
        .addOpportunities(
            Opportunity.builder()
                .id(OpportunityId.of("op-security"))
                .name("Security suite cross-sell")
                .stage(OpportunityStage.IDENTIFIED)
                .origin(OpportunityOrigin.CROSS_SELL)
                .addOfferings(OfferingId.of("of-security"))
                .value(Money.of("120000", "USD"))
                .build(),
            Opportunity.builder()
                .id(OpportunityId.of("op-backup"))
                .name("Cloud backup upsell")
                .stage(OpportunityStage.IDENTIFIED)
                .origin(OpportunityOrigin.CROSS_SELL)
                .addOfferings(OfferingId.of("of-backup"))
                .value(Money.of("60000", "USD"))
                .build(),
            Opportunity.builder()
                .id(OpportunityId.of("op-analytics"))
                .name("Analytics add-on")
                .stage(OpportunityStage.QUALIFIED)
                .origin(OpportunityOrigin.CROSS_SELL)
                .addOfferings(OfferingId.of("of-analytics"))
                .value(Money.of("45000", "USD"))
                .probability(30)
                .build())
        .addActions(
            Action.builder()
                .id(ActionId.of("a-demo"))
                .title("Demo the security suite")
                .kind(ActionKind.WIN_PLAN)
                .owner(rep)
                .dueDate(LocalDate.of(2026, 2, 20))
                .addOpportunities(OpportunityId.of("op-security"))
                .build(),
            Action.builder()
                .id(ActionId.of("a-pricing"))
                .title("Prepare bundle pricing")
                .kind(ActionKind.INTERNAL)
                .owner(rep)
                .dueDate(LocalDate.of(2026, 1, 15))
                .build())
        .build();
  }

  /** The bank's plan a year later: nobody reviewed it, updated it or finished an action. A static form [003]. */
  public static AccountPlan forgottenBank() {
    return bankOnboarding()
        .withId(PlanId.of("plan-northwind-2026-forgotten"))
        .withAsOf(LocalDate.of(2027, 10, 29));
  }
}
