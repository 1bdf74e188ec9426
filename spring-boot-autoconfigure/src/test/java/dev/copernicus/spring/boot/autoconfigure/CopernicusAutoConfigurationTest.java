package dev.copernicus.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.core.validation.Severity;
import dev.copernicus.core.validation.ValidationPolicy;
import dev.copernicus.core.validation.constraints.ValidPlan;
import dev.copernicus.portfolio.Portfolio;
import dev.copernicus.portfolio.PortfolioSummary;
import dev.copernicus.scoring.AssessmentPolicy;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.serialization.Format;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.serialization.PlanFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import tools.jackson.databind.json.JsonMapper;

/** What a Spring Boot application gets from the starter, and how it overrides it. */
class CopernicusAutoConfigurationTest {
  private final ApplicationContextRunner boot = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(
          ValidationAutoConfiguration.class,
          JacksonAutoConfiguration.class,
          CopernicusAutoConfiguration.class));

  private static final AccountPlan BROKEN =
      ExamplePlans.engineeringClient().withRelationshipScale(2);

  /** A host's DTO. */
  record Request(@ValidPlan AccountPlan plan) {}

  @Test
  void anApplicationGetsEveryBeanWithTheLibrarysDefaults() {
    boot.run(context -> {
      assertThat(context).hasSingleBean(PlanValidator.class).hasSingleBean(Assessor.class);
      assertThat(context.getBean(Assessor.class).policy()).isEqualTo(AssessmentPolicy.defaults());
      assertThat(context.getBean(PlanCodec.class).format()).isEqualTo(Format.JSON);
      assertThat(context.getBean("yamlPlanCodec", PlanCodec.class).format()).isEqualTo(Format.YAML);
      assertThat(context.getBean(PlanValidator.class).validate(BROKEN))
          .isEqualTo(PlanValidator.create().validate(BROKEN));
    });
  }

  @Test
  void propertiesShapeThePolicies() {
    boot.withPropertyValues(
            "copernicus.language=es",
            "copernicus.framework=six-boxes",
            "copernicus.validation.disabled=" + Code.STRENGTH_OUT_OF_SCALE.code(),
            "copernicus.validation.severities.horizon.too-short=error",
            "copernicus.weights.momentum=0.5",
            "copernicus.limits.max-document-size=1KB")
        .run(context -> {
          AssessmentPolicy policy = context.getBean(Assessor.class).policy();
          assertThat(policy.getValidation().getLocale()).isEqualTo(Locale.forLanguageTag("es"));
          assertThat(policy.getFramework().getId()).isEqualTo("six-boxes");
          assertThat(policy.getMomentumWeight()).isEqualTo(0.5);
          assertThat(policy.getValidation().isEnabled(Code.STRENGTH_OUT_OF_SCALE.code()))
              .isFalse();
          assertThat(policy.getValidation().severityOf("horizon.too-short", Severity.WARNING))
              .isEqualTo(Severity.ERROR);
          assertThat(context.getBean(PlanValidator.class).policy())
              .isEqualTo(policy.getValidation());

          byte[] sample = Files.readAllBytes(Path.of("../samples/plans/engineering-client.json"));
          assertThatThrownBy(() -> context.getBean(PlanCodec.class).read(sample))
              .isInstanceOfSatisfying(PlanFormatException.class, e -> assertThat(e.kind())
                  .isEqualTo(PlanFormatException.Kind.LIMIT_EXCEEDED));
        });
  }

  @Test
  void anUnknownFrameworkStopsTheApplicationWithTheKnownOnes() {
    boot.withPropertyValues("copernicus.framework=swot").run(context -> assertThat(context)
        .getFailure()
        .rootCause()
        .hasMessageContaining("copernicus.framework: no framework 'swot'")
        .hasMessageContaining("six-boxes"));
  }

  @Test
  void anUnshippedLanguageStopsTheApplicationAndARegionOfAShippedOneServes() {
    boot.withPropertyValues("copernicus.language=fr").run(context -> assertThat(context)
        .getFailure()
        .rootCause()
        .hasMessage("copernicus.language: no messages in 'fr'; shipped: en, es"));
    boot.withPropertyValues("copernicus.language=es-MX")
        .run(context -> assertThat(context.getBean(ValidationPolicy.class).getLocale())
            .isEqualTo(Locale.forLanguageTag("es-MX")));
  }

  @Test
  void bootsValidatorRunsValidPlanWithTheConfiguredPolicy() {
    boot.run(context -> assertThat(
            context.getBean(jakarta.validation.Validator.class).validate(new Request(BROKEN)))
        .isNotEmpty());
    boot.withPropertyValues("copernicus.validation.disabled=" + Code.STRENGTH_OUT_OF_SCALE.code())
        .run(context -> assertThat(
                context.getBean(jakarta.validation.Validator.class).validate(new Request(BROKEN)))
            .isEmpty());
  }

  /** A host's validator that counts what it validates. */
  @Configuration(proxyBeanMethods = false)
  static class CountingValidator {
    static final AtomicInteger VALIDATIONS = new AtomicInteger();

    @Bean
    LocalValidatorFactoryBean defaultValidator() {
      return new LocalValidatorFactoryBean() {
        @Override
        public <T> Set<jakarta.validation.ConstraintViolation<T>> validate(
            T object, Class<?>... groups) {
          VALIDATIONS.incrementAndGet();
          return super.validate(object, groups);
        }
      };
    }
  }

  @Test
  void theModelsConstraintsRunOnTheApplicationsValidatorNotASecondOne() {
    AccountPlan outOfRange = ExamplePlans.engineeringClient().withRelationshipScale(1);
    boot.withUserConfiguration(CountingValidator.class).run(context -> {
      int before = CountingValidator.VALIDATIONS.get();
      context.getBean(PlanValidator.class).validate(outOfRange);
      context.getBean(Assessor.class).assess(outOfRange);
      assertThat(CountingValidator.VALIDATIONS.get() - before).isEqualTo(2);
      assertThat(context.getBean(PlanValidator.class).validate(outOfRange).errors())
          .anySatisfy(error -> assertThat(error.getPath()).isEqualTo("/relationshipScale"));
    });
  }

  @Test
  void aPlanWithNothingForTheConstraintsToFindSparesTheApplicationsValidator() {
    boot.withUserConfiguration(CountingValidator.class).run(context -> {
      int before = CountingValidator.VALIDATIONS.get();
      context.getBean(PlanValidator.class).validate(BROKEN);
      context.getBean(Assessor.class).assess(ExamplePlans.engineeringClient());
      // The screen, read from the application validator's own metadata, found nothing for it to
      // look at.
      assertThat(CountingValidator.VALIDATIONS.get() - before).isZero();
    });
  }

  @Test
  void withoutBootsValidationTheLibrarysOwnValidatorServes() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CopernicusAutoConfiguration.class))
        .run(context -> {
          assertThat(context).hasSingleBean(PlanValidator.class).hasSingleBean(Assessor.class);
          assertThat(context.getBean(PlanValidator.class).validate(BROKEN).isValid())
              .isFalse();
        });
  }

  /** A host's own beans. */
  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    @Bean
    Assessor assessor() {
      return Assessor.create(AssessmentPolicy.builder().momentumWeight(0.4).build());
    }

    @Bean
    PlanCodec planCodec() {
      return PlanCodec.yaml();
    }
  }

  @Test
  void everyBeanBacksOffForTheApplicationsOwn() {
    boot.withUserConfiguration(OwnBeans.class).run(context -> {
      assertThat(context.getBean(Assessor.class).policy().getMomentumWeight()).isEqualTo(0.4);
      assertThat(context.getBean(PlanCodec.class).format()).isEqualTo(Format.YAML);
    });
  }

  /** A host's DTO carried by Boot's mapper. */
  record Envelope(String tenant, AccountPlan plan) {}

  @Test
  void bootsJsonMapperCarriesPlansInTheFormat() {
    boot.run(context -> {
      JsonMapper mapper = context.getBean(JsonMapper.class);
      Envelope envelope = new Envelope("acme", ExamplePlans.bankOnboarding());
      assertThat(mapper.readValue(mapper.writeValueAsString(envelope), Envelope.class))
          .isEqualTo(envelope);
      assertThat(mapper.writeValueAsString(envelope))
          .contains("\"schemaVersion\":" + PlanCodec.schemaVersion());
    });
  }

  @Test
  void withThePortfolioModuleThereIsAPortfolioOnTheApplicationsAssessor() {
    boot.withPropertyValues("copernicus.portfolio.threads=2", "copernicus.portfolio.top=3")
        .run(context -> {
          PortfolioSummary summary = context
              .getBean(Portfolio.class)
              .assess(List.of(
                  ExamplePlans.bankOnboarding(),
                  ExamplePlans.talentAcquisition(),
                  ExamplePlans.engineeringClient(),
                  ExamplePlans.crossSellHeatMap()));
          assertThat(summary.plans()).isEqualTo(4);
          assertThat(summary.ranked()).hasSize(3);
        });
  }

  @Test
  void theMetadataLetsAnIdeCompleteEveryProperty() throws Exception {
    String metadata = new String(
        getClass()
            .getResourceAsStream("/META-INF/spring-configuration-metadata.json")
            .readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(metadata)
        .contains(
            "\"copernicus.validation.disabled\"",
            "\"copernicus.weights.momentum\"",
            "\"copernicus.limits.max-document-size\"",
            "\"copernicus.web.problem-details\"",
            "\"copernicus.framework\"");
  }
}
