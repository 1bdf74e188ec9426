package dev.copernicus.scoring.completeness;

import static dev.copernicus.scoring.completeness.PlanElement.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The built-in frameworks: one per source article, faithful to its own structure and words, plus a
 * composite default that asks for the essentials of all five. Weights favour what each article says
 * matters most (e.g. customer goals first in [001], the problem first in [000]).
 */
public final class Frameworks {
  private Frameworks() {}

  /** [000] The five questions. */
  public static final Framework FIVE_QUESTIONS = Framework.builder()
      .id("five-questions")
      .name("Five questions")
      .source("[000] Verhaag, Developing an Account Plan: 5 Questions to Answer")
      .addSections(
          section(
              "why",
              "Why are we here?",
              2,
              Check.of(
                  PROBLEMS,
                  1,
                  3,
                  "Name the customer's real business problem (not a solution in disguise such as \"be innovative\"), why they care, and why it matters to their business."),
              Check.of(GOALS, 1, 1, "Say which customer goals the problem stands in the way of.")),
          section(
              "where",
              "Where are we going?",
              1,
              Check.of(
                  VISION,
                  1,
                  1,
                  "Describe the destination vividly: what solving the problem looks like.")),
          section(
              "arrived",
              "How will we know we have arrived?",
              1.5,
              Check.of(
                  SUCCESS_METRICS,
                  1,
                  2,
                  "Add specific, measurable success metrics with a baseline, a target, a date and the tool that measures them."),
              Check.of(METRICS_AGREED, 1, 1, "Agree the measures of success with the customer.")),
          section(
              "how",
              "How will we get there?",
              1,
              Check.of(
                  DELIVERY,
                  1,
                  1,
                  "Plan implementation, configuration, training and change, with owners and dates."),
              Check.of(
                  GOVERNANCE,
                  3,
                  1,
                  "Agree the governance model: who drives, who decides at intersections, who escalates.")),
          section(
              "do-not-do",
              "What will we do, and not do?",
              1,
              Check.of(COMMITMENTS, 1, 1, "Write down firm commitments."),
              Check.of(
                  NOT_DO, 1, 1, "Say what we will not do, and the condition that releases it.")))
      .build();

  /** [001] The 90-minute plan: philosophy and six boxes. */
  public static final Framework SIX_BOXES = Framework.builder()
      .id("six-boxes")
      .name("The 90-minute plan: six boxes")
      .source("[001] Edwards, The 90-minute Account Plan")
      .addSections(
          section(
              "philosophy",
              "Philosophy",
              1,
              Check.of(
                  PURPOSE,
                  1,
                  1,
                  "Say why this plan matters, what you want most for the customer and who you help them become.")),
          section(
              "assumptions",
              "1. Assumptions",
              1,
              Check.of(
                  ASSUMPTIONS,
                  3,
                  1,
                  "Challenge your assumptions: what to stop, what to start and what to change.")),
          section(
              "journey",
              "2. Customer journey",
              1,
              Check.of(
                  JOURNEY,
                  6,
                  1,
                  "Map where the customer is today (needs, emotions, barriers, what moves them forward), tomorrow, and what is uncertain.")),
          section(
              "growth",
              "3. Growth",
              1,
              Check.of(
                  GROWTH_INSIGHTS,
                  1,
                  1,
                  "Write the insight you have about the customer that they do not have, and the value it could drive.")),
          section(
              "goals",
              "4. Goals",
              2,
              Check.of(
                  TOP_GOALS,
                  4,
                  2,
                  "List the customer's top four goals for the year and how each aligns with what you want for them and your strategy."),
              Check.of(
                  GOALS, 1, 1, "Say why each goal matters and the outcome the customer expects.")),
          section(
              "strategy",
              "5. Strategy",
              1,
              Check.of(CHALLENGES, 1, 1, "Name the challenges to the goals: causes, not symptoms."),
              Check.of(POLICIES, 1, 1, "State the core policies that address the challenges."),
              Check.of(RESOURCES, 2, 1, "List the minimum and the ideal viable resources.")),
          section(
              "team",
              "6. Team",
              1,
              Check.of(
                  TEAM,
                  2,
                  1,
                  "Say what the people around you are good at and what they care about."),
              Check.of(
                  RELATIONSHIPS,
                  1,
                  1,
                  "Record your team's strongest relationships and with whom.")))
      .build();

  /** [002] Account planning essentials. */
  public static final Framework ESSENTIALS = Framework.builder()
      .id("essentials")
      .name("Account planning essentials")
      .source("[002] Vijayasankar, Account Planning")
      .addSections(
          section(
              "macro",
              "Macro to micro",
              1,
              Check.of(MACRO_FACTORS, 2, 1, "Scan the customer's environment and industry shifts."),
              Check.of(HORIZON, 1, 1, "Plan over a horizon longer than the fiscal year.")),
          section(
              "competition",
              "Competition",
              1,
              Check.of(
                  COMPETITORS,
                  1,
                  1,
                  "View competitors with respect: their strengths and how you mitigate them.")),
          section(
              "relationships",
              "Relationships",
              1.5,
              Check.of(
                  DECISION_MAKERS,
                  1,
                  2,
                  "Map the decision makers and build honest relationships with them."),
              Check.of(
                  UP_AND_COMERS, 1, 1, "Find the up-and-comers and plan how to get to know them."),
              Check.of(
                  RELATIONSHIPS,
                  3,
                  1,
                  "Back relationship scores with evidence: \"she will take a meeting\" is not strong.")),
          section(
              "risks",
              "Risks",
              1,
              Check.of(
                  CHALLENGES,
                  1,
                  1,
                  "Name the risks and challenges: if there is no risk, it is not strategic.")),
          section(
              "balance",
              "Outside-in and inside-out",
              1.5,
              Check.of(PROBLEMS, 1, 1, "Understand the client's problems and plans."),
              Check.of(OFFERINGS, 1, 1, "Put what is on the truck in the client's context."),
              Check.of(OPPORTUNITIES, 1, 1, "Match each opportunity to a client problem or goal.")),
          section(
              "solution",
              "The whole solution",
              0.5,
              Check.of(
                  PARTNERS,
                  1,
                  1,
                  "Plan the client's whole solution, with partners and even competitors.")),
          section(
              "involvement",
              "Involve the client",
              1,
              Check.of(
                  CLIENT_VALIDATION,
                  1,
                  1,
                  "Validate the straw-man plan with the client and get buy-in from client and team."),
              Check.of(LISTEN_ONLY, 2, 1, "Hold listen-only sessions where you pitch nothing.")),
          section(
              "operationalise",
              "Operationalise",
              1,
              Check.of(
                  OPPORTUNITIES,
                  2,
                  1,
                  "Map the plan to tracked opportunities with stage, value and close date."),
              Check.of(
                  QUARTERLY_REVIEWS,
                  2,
                  1,
                  "Adjust the plan every quarter in a business review with the stakeholders."),
              Check.of(
                  MID_YEAR_RESET, 1, 1, "Reset the plan mid-year with what you have learned.")))
      .build();

  /** [003] The outside-in plan of the Copernican shift. */
  public static final Framework OUTSIDE_IN = Framework.builder()
      .id("outside-in")
      .name("The outside-in plan")
      .source("[003] Donovan, A Copernican shift in our approach to Account Planning")
      .addSections(
          section(
              "business-model",
              "The customer's business model",
              1.5,
              Check.of(
                  BUSINESS_MODEL,
                  9,
                  1,
                  "Describe the customer's business model in the nine elements of the canvas.")),
          section(
              "strategic-goals",
              "Strategic goals and challenges",
              1.5,
              Check.of(
                  GOALS,
                  2,
                  1,
                  "Write the customer's strategic goals, why they matter and the outcomes expected."),
              Check.of(PROBLEMS, 1, 1, "Write their key challenges in their current situation.")),
          section(
              "demand-generation",
              "Demand generation",
              1,
              Check.of(
                  DEMAND_GENERATION,
                  2,
                  1,
                  "Plan actions that show the customer a problem or opportunity they do not see, share trends or connect them with partners.")),
          section(
              "win-plans",
              "Win plans",
              1,
              Check.of(
                  WIN_PLANS,
                  1,
                  1,
                  "Plan how to win each qualified opportunity: proofs of concept, try-and-buy, aligning decision makers.")),
          section(
              "account-team",
              "The account team",
              1,
              Check.of(
                  TEAM_ROLES,
                  3,
                  1,
                  "Bring pre-sales, sales and post-sales together on the account team.")),
          section(
              "sentiment",
              "Customer sentiment",
              0.5,
              Check.of(
                  SENTIMENT,
                  1,
                  1,
                  "Record the customer's Net Promoter Score: promoters renew more.")))
      .build();

  /** [004] The account development plan: the Ps. */
  public static final Framework DEVELOPMENT_PLAN = Framework.builder()
      .id("development-plan")
      .name("Account development plan: the Ps")
      .source("[004] Wainwright, Account Development Plan")
      .addSections(
          section(
              "purpose",
              "Purpose, principles and vision",
              1,
              Check.of(PURPOSE, 1, 1, "Say why this client matters, ranked against the others."),
              Check.of(
                  PRINCIPLES,
                  1,
                  1,
                  "Set the principles and guardrails, and when you would walk away."),
              Check.of(VISION, 1, 1, "Paint a shared picture of a successful relationship.")),
          section(
              "people",
              "People and places",
              2,
              Check.of(
                  STAKEHOLDERS,
                  3,
                  2,
                  "List every important person at the client with their role, influence and disposition."),
              Check.of(
                  RELATIONSHIPS,
                  3,
                  2,
                  "Give every external person a relationship score: who knows them, and how well."),
              Check.of(LOCATIONS, 1, 0.5, "Note where the contacts are located."),
              Check.of(
                  PARTNERS, 1, 0.5, "Include partners, sub-consultants and centres of influence.")),
          section(
              "previous-work",
              "Previous work and performance",
              1,
              Check.of(HISTORY, 1, 1, "Tell the story of the relationship so far."),
              Check.of(
                  ENGAGEMENTS, 1, 1, "List previous engagements with revenue and profitability.")),
          section(
              "relationship",
              "The relationship and its problems",
              1.5,
              Check.of(
                  ISSUES_ADDRESSED,
                  1,
                  1,
                  "Get the cow out of the ditch: give every open relationship issue a resolution plan.")),
          section(
              "priorities",
              "Priorities, preferences, positioning and proposition",
              1,
              Check.of(PRIORITIES, 2, 1, "Learn the client's priorities and preferences."),
              Check.of(
                  VALUE_PROPOSITION,
                  1,
                  1,
                  "Say how the client sees you and write your unique proposition for them.")),
          section(
              "possibilities",
              "Possibilities",
              1,
              Check.of(
                  OPPORTUNITIES,
                  1,
                  1,
                  "Name a few, well-fitting new business opportunities, once problems are addressed."),
              Check.of(
                  WHITESPACE,
                  2,
                  0.5,
                  "Map the whitespace: for each buying centre and offering, what it buys from us, what it could buy, and who holds it.")),
          section(
              "plan",
              "The plan",
              1,
              Check.of(ACTIONS, 3, 1, "Give every activity an owner and a deadline."),
              Check.of(SUCCESS_METRICS, 1, 1, "Make progress measurable.")),
          section(
              "implementation",
              "Implementation",
              0.5,
              Check.of(
                  TEAM_MEETINGS, 1, 1, "Meet regularly as a team and update the plan as you go.")))
      .build();

  /** The default: the essentials all five articles agree on, in the order a plan is built. */
  public static final Framework COMPOSITE = Framework.builder()
      .id("composite")
      .name("Copernicus composite")
      .source("Copernicus: the essentials of [000] to [004]")
      .addSections(
          section(
              "purpose",
              "Purpose and destination",
              1,
              Check.of(
                  PURPOSE,
                  1,
                  1,
                  "Say why this account matters and what you want most for the customer [004][001]."),
              Check.of(VISION, 1, 1, "Describe the destination [000]."),
              Check.of(HORIZON, 1, 1, "Plan beyond the fiscal year [002].")),
          section(
              "customer",
              "The customer's world",
              2,
              Check.of(
                  PROBLEMS,
                  1,
                  2,
                  "Name the customer's real problem, why they care and the business impact [000]."),
              Check.of(
                  GOALS,
                  2,
                  2,
                  "Write the customer's goals with why they matter and the expected outcome [001]."),
              Check.of(BUSINESS_MODEL, 9, 1, "Describe their business model [003]."),
              Check.of(INSIGHTS, 1, 1, "Record insights and have the customer confirm them.")),
          section(
              "measures",
              "Measures of success",
              1,
              Check.of(
                  SUCCESS_METRICS, 2, 2, "Make success measurable: baseline, target, date [000]."),
              Check.of(METRICS_AGREED, 1, 1, "Agree the measures with the customer [000].")),
          section(
              "people",
              "People and relationships",
              2,
              Check.of(
                  STAKEHOLDERS,
                  3,
                  1,
                  "Map the stakeholders with role, influence and support [004]."),
              Check.of(
                  DECISION_MAKERS,
                  1,
                  2,
                  "Know the economic buyer and reach the decision makers [002]."),
              Check.of(UP_AND_COMERS, 1, 1, "Know the up-and-comers [002]."),
              Check.of(RELATIONSHIPS, 3, 1, "Back relationships with evidence [002][004]."),
              Check.of(
                  ISSUES_ADDRESSED,
                  1,
                  1,
                  "Give every open relationship issue a resolution plan [004].")),
          section(
              "pursuit",
              "What we offer and pursue",
              1,
              Check.of(
                  OPPORTUNITIES,
                  1,
                  1,
                  "Trace each opportunity to a customer goal or problem, with value and close date [002]."),
              Check.of(DEMAND_GENERATION, 1, 1, "Plan demand-generation actions [003]."),
              Check.of(NOT_DO, 1, 1, "Say what you will not do, and until when [000].")),
          section(
              "execution",
              "Execution",
              1,
              Check.of(ACTIONS, 3, 1, "Give every action an owner and a deadline [004]."),
              Check.of(
                  QUARTERLY_REVIEWS, 1, 1, "Review the plan each quarter with the client [002]."),
              Check.of(CLIENT_VALIDATION, 1, 1, "Validate the plan with the client [002].")))
      .build();

  private static final List<Framework> ALL =
      List.of(COMPOSITE, FIVE_QUESTIONS, SIX_BOXES, ESSENTIALS, OUTSIDE_IN, DEVELOPMENT_PLAN);

  /** Every built-in framework, the default first. */
  public static List<Framework> all() {
    return ALL;
  }

  /** The built-in framework with {@code id}. */
  public static Optional<Framework> byId(String id) {
    return ALL.stream().filter(f -> f.getId().equals(id)).findFirst();
  }

  /**
   * {@code framework} in the words of {@code locale}: a built-in framework's name, section titles and
   * guidance in Spanish for any Spanish locale. Any other framework, in any language, is returned as it
   * is: a framework a user writes is in its author's words.
   */
  public static Framework in(Framework framework, Locale locale) {
    if (!locale.getLanguage().equals("es") || !ALL.contains(framework)) {
      return framework;
    }
    String id = framework.getId();
    return framework
        .withName(Spanish.text(id + ".name"))
        .withSections(framework.getSections().stream()
            .map(section -> {
              String at = id + "." + section.getId();
              return section
                  .withTitle(Spanish.text(at + ".title"))
                  .withChecks(section.getChecks().stream()
                      .map(check -> check.withGuidance(
                          Spanish.text(at + "." + check.getElement().key())))
                      .toList());
            })
            .toList());
  }

  /** The Spanish texts, read on first use: most callers never ask for them. */
  private static final class Spanish {
    private static final Properties TEXTS = load();

    private static Properties load() {
      Properties texts = new Properties();
      try (InputStream in = Frameworks.class.getResourceAsStream(
          "/dev/copernicus/scoring/Frameworks_es.properties")) {
        texts.load(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return texts;
    }

    static String text(String key) {
      String text = TEXTS.getProperty(key);
      if (text == null) {
        throw new IllegalStateException("No Spanish text for " + key);
      }
      return text;
    }
  }

  private static Section section(String id, String title, double weight, Check... checks) {
    return Section.builder()
        .id(id)
        .title(title)
        .weight(weight)
        .addChecks(checks)
        .build();
  }
}
