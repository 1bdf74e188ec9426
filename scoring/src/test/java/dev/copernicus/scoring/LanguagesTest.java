package dev.copernicus.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.catalogue.Area;
import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.internal.MessageBundle;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.IssueSeverity;
import dev.copernicus.core.model.IssueStatus;
import dev.copernicus.core.model.OpportunityStage;
import dev.copernicus.core.model.Support;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.core.validation.Finding;
import dev.copernicus.scoring.completeness.Framework;
import dev.copernicus.scoring.completeness.Frameworks;
import dev.copernicus.scoring.completeness.PlanElement;
import dev.copernicus.scoring.completeness.Section;
import dev.copernicus.scoring.internal.Texts;
import dev.copernicus.scoring.relationship.Risk;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of a scorecard exists in English and in Spanish, and the language changes no number. */
class LanguagesTest {
  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

  @Test
  void bothLanguagesHoldEveryKeyWithTheSameArguments() {
    Map<String, String> english = Texts.BUNDLE.patterns(Locale.ENGLISH);
    Map<String, String> spanish = Texts.BUNDLE.patterns(SPANISH);
    assertThat(spanish.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    english.forEach((key, pattern) -> {
      assertThat(arguments(spanish.get(key))).as(key).isEqualTo(arguments(pattern));
      for (Locale locale : MessageBundle.SUPPORTED) {
        String expected = new MessageFormat(Texts.BUNDLE.patterns(locale).get(key), Locale.ROOT)
            .format(new Object[] {"a", "b", "c", "d", "e"});
        assertThat(Texts.BUNDLE.format(locale, key, "a", "b", "c", "d", "e"))
            .as(key)
            .isEqualTo(expected)
            .isNotBlank()
            .doesNotContain("{");
      }
    });
  }

  @Test
  void everyCodeTheScoresReportAndEveryNameTheyUseHasItsText() {
    List<String> keys = new ArrayList<>();
    Stream.of(Code.values())
        .filter(c -> c.area() != Area.VALIDATION)
        .forEach(c -> keys.add(c.messageKey()));
    Stream.of(BuyingRole.values()).forEach(v -> keys.add("BuyingRole." + kebab(v)));
    Stream.of(Support.values()).forEach(v -> keys.add("Support." + kebab(v)));
    Stream.of(OpportunityStage.values()).forEach(v -> keys.add("OpportunityStage." + kebab(v)));
    Stream.of(IssueSeverity.values()).forEach(v -> keys.add("IssueSeverity." + kebab(v)));
    Stream.of(IssueStatus.values()).forEach(v -> keys.add("IssueStatus." + kebab(v)));
    Stream.of(Band.values()).forEach(v -> keys.add("Band." + kebab(v)));
    Stream.of(PlanElement.values()).forEach(v -> keys.add("element." + v.key()));
    assertThat(Texts.BUNDLE.patterns(Locale.ENGLISH)).containsKeys(keys.toArray(String[]::new));
  }

  @Test
  void everyBuiltInFrameworkHasItsSpanishWordsAndNoMore() throws IOException {
    Properties spanish = new Properties();
    try (InputStream in =
        Frameworks.class.getResourceAsStream("/dev/copernicus/scoring/Frameworks_es.properties")) {
      spanish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> keys = new TreeSet<>();
    for (Framework framework : Frameworks.all()) {
      keys.add(framework.getId() + ".name");
      for (Section section : framework.getSections()) {
        String at = framework.getId() + "." + section.getId();
        keys.add(at + ".title");
        section.getChecks().forEach(check -> assertThat(
                keys.add(at + "." + check.getElement().key()))
            .as("one check per element in %s", at)
            .isTrue());
      }
      Framework inSpanish = Frameworks.in(framework, SPANISH);
      assertThat(inSpanish.getName()).isNotEqualTo(framework.getName());
      assertThat(inSpanish.getSections())
          .extracting(Section::getWeight)
          .isEqualTo(framework.getSections().stream().map(Section::getWeight).toList());
      assertThat(Frameworks.in(framework, Locale.GERMAN)).isSameAs(framework);
    }
    assertThat(spanish.stringPropertyNames()).isEqualTo(keys);

    Framework own = Frameworks.COMPOSITE.withName("Our own plan");
    assertThat(Frameworks.in(own, SPANISH)).isSameAs(own);
  }

  @Test
  void aSpanishScorecardIsInSpanishThroughoutAndScoresTheSame() {
    Assessor english = Assessor.create();
    Assessor spanish =
        Assessor.create(AssessmentPolicy.builder().locale(SPANISH).build());
    for (AccountPlan plan : ExamplePlans.all()) {
      Scorecard en = english.assess(plan);
      Scorecard es = spanish.assess(plan);

      assertThat(es.getScore()).isEqualTo(en.getScore());
      assertThat(es.getNextSteps())
          .extracting(NextStep::getCode)
          .isEqualTo(en.getNextSteps().stream().map(NextStep::getCode).toList());
      List<String> spanishTexts = texts(es);
      List<String> englishTexts = texts(en);
      assertThat(spanishTexts).hasSameSizeAs(englishTexts);
      for (int i = 0; i < spanishTexts.size(); i++) {
        assertThat(spanishTexts.get(i)).as(englishTexts.get(i)).isNotEqualTo(englishTexts.get(i));
      }
    }
  }

  @Test
  void theValidationPolicysLanguageIsTheScorecardsUnlessSetApart() {
    AssessmentPolicy policy = AssessmentPolicy.builder()
        .validation(AssessmentPolicy.defaults().getValidation().withLocale(SPANISH))
        .build();

    Scorecard card = Assessor.create(policy).assess(ExamplePlans.engineeringClient());

    assertThat(policy.getLocale()).isEqualTo(SPANISH);
    assertThat(card.getRelationships().getSubScores().get(0).getExplanation())
        .startsWith("Lo bien que conocemos");
    assertThat(card.getValidation().getFindings())
        .extracting(Finding::getMessage)
        .anySatisfy(message -> assertThat(message).contains("no tiene"));
  }

  @Test
  void anyPlanCanBeJudgedInSpanish() {
    Assessor spanish =
        Assessor.create(AssessmentPolicy.builder().locale(SPANISH).build());
    for (long seed = 0; seed < 300; seed++) {
      AccountPlan plan = RandomPlans.plan(seed);
      assertThat(spanish.assess(plan).getScore())
          .as("seed %d", seed)
          .isEqualTo(Assessor.create().assess(plan).getScore());
    }
  }

  @Test
  void capsAndGatesSayWhyInEitherLanguage() {
    Cap cap = Cap.of(Gate.INSIDE_OUT, Band.LOW);
    assertThat(cap.getMessage()).isEqualTo("Capped at LOW by an inside-out plan.");
    assertThat(cap.message(SPANISH))
        .isEqualTo("Limitado a BAJO por un plan de dentro hacia fuera.");
    assertThat(cap.message(Locale.FRENCH)).isEqualTo(cap.getMessage());
  }

  /**
   * The sentences the scores wrote, in a fixed order: explanations, risks, observations, next steps.
   * Contributions are left out: "Tom Fischer: neutral" reads the same in both languages.
   */
  private static List<String> texts(Scorecard card) {
    List<String> texts = new ArrayList<>();
    Stream.of(
            card.getRelationships().getSubScores(),
            card.getBalance().getComponents(),
            card.getMomentum().getComponents())
        .flatMap(List::stream)
        .forEach(sub -> texts.add(sub.getExplanation()));
    card.getRelationships().getRisks().stream().map(Risk::getMessage).forEach(texts::add);
    card.getBalance().getTipping().stream().map(Observation::getMessage).forEach(texts::add);
    card.getMomentum().getObservations().stream().map(Observation::getMessage).forEach(texts::add);
    card.getCompleteness().getSections().forEach(section -> {
      texts.add(section.getTitle());
      section.getChecks().forEach(check -> texts.add(check.getGuidance()));
    });
    card.getNextSteps().stream()
        .filter(step -> !step.getArea().equals("validation"))
        .map(NextStep::getMessage)
        .forEach(texts::add);
    return texts;
  }

  private static Set<Integer> arguments(String pattern) {
    Set<Integer> found = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(pattern);
    while (matcher.find()) {
      found.add(Integer.parseInt(matcher.group(1)));
    }
    return found;
  }

  private static String kebab(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
