package dev.copernicus.spring.boot.autoconfigure;

import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.core.validation.ValidationPolicy;
import dev.copernicus.portfolio.Portfolio;
import dev.copernicus.scoring.AssessmentPolicy;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.completeness.Framework;
import dev.copernicus.scoring.completeness.Frameworks;
import dev.copernicus.serialization.Format;
import dev.copernicus.serialization.Limits;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.serialization.jackson.CopernicusModule;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Copernicus in a Spring Boot application: the policies from {@code copernicus.*}, a {@link PlanValidator}
 * and an {@link Assessor} on Boot's own Hibernate Validator (no second factory), {@code @ValidPlan} on that
 * same validator, JSON and YAML {@link PlanCodec}s, the Jackson module, and problem details for plans.
 * Every bean backs off when the application defines its own.
 */
@AutoConfiguration(after = ValidationAutoConfiguration.class)
@EnableConfigurationProperties(CopernicusProperties.class)
public class CopernicusAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  ValidationPolicy copernicusValidationPolicy(CopernicusProperties properties) {
    return ValidationPolicy.builder()
        .locale(language(properties.getLanguage()))
        .addAllDisabled(properties.getValidation().getDisabled())
        .putAllSeverities(properties.getValidation().getSeverities())
        .build();
  }

  @Bean
  @ConditionalOnMissingBean
  AssessmentPolicy copernicusAssessmentPolicy(
      CopernicusProperties properties, ValidationPolicy validation) {
    AssessmentPolicy.Builder policy = AssessmentPolicy.builder()
        .validation(validation)
        .framework(framework(properties.getFramework()));
    CopernicusProperties.Weights weights = properties.getWeights();
    PropertyMapper map = PropertyMapper.get();
    map.from(weights::getRelationships).to(policy::relationshipsWeight);
    map.from(weights::getCompleteness).to(policy::completenessWeight);
    map.from(weights::getBalance).to(policy::balanceWeight);
    map.from(weights::getMomentum).to(policy::momentumWeight);
    return policy.build();
  }

  /** {@code language}, if the messages are written in it: a typo would otherwise give English silently. */
  private static Locale language(Locale language) {
    if (ValidationPolicy.LANGUAGES.stream()
        .noneMatch(shipped -> shipped.getLanguage().equals(language.getLanguage()))) {
      throw new IllegalArgumentException("copernicus.language: no messages in '"
          + language.toLanguageTag() + "'; shipped: "
          + ValidationPolicy.LANGUAGES.stream()
              .map(Locale::toLanguageTag)
              .collect(Collectors.joining(", ")));
    }
    return language;
  }

  private static Framework framework(String id) {
    return Frameworks.byId(id)
        .orElseThrow(() -> new IllegalArgumentException("copernicus.framework: no framework '" + id
            + "'; known: "
            + Frameworks.all().stream().map(Framework::getId).collect(Collectors.joining(", "))));
  }

  /** The format's limits from {@code copernicus.limits.*}. */
  static Limits limits(CopernicusProperties.Limits properties) {
    Limits.Builder limits = Limits.builder();
    PropertyMapper map = PropertyMapper.get();
    map.from(properties::getMaxDocumentSize)
        .as(size -> size.toBytes())
        .to(limits::maxDocumentBytes);
    map.from(properties::getMaxNestingDepth).to(limits::maxNestingDepth);
    map.from(properties::getMaxStringLength).to(limits::maxStringLength);
    map.from(properties::getMaxNumberLength).to(limits::maxNumberLength);
    return limits.build();
  }

  /** The JSON codec: what a {@code PlanCodec} injection point gets. */
  @Bean
  @ConditionalOnMissingBean(name = "planCodec")
  PlanCodec planCodec(CopernicusProperties properties) {
    return PlanCodec.builder()
        .format(Format.JSON)
        .limits(limits(properties.getLimits()))
        .build();
  }

  /** The YAML codec: inject it by name ({@code @Qualifier("yamlPlanCodec")}). */
  @Bean(defaultCandidate = false)
  @ConditionalOnMissingBean(name = "yamlPlanCodec")
  PlanCodec yamlPlanCodec(CopernicusProperties properties) {
    return PlanCodec.builder()
        .format(Format.YAML)
        .limits(limits(properties.getLimits()))
        .build();
  }

  /** Registered by Boot with its {@code JsonMapper}: plans inside the application's own DTOs. */
  @Bean
  @ConditionalOnMissingBean
  CopernicusModule copernicusJacksonModule() {
    return new CopernicusModule();
  }

  /**
   * With Boot's validator: the model's constraints run on it, and it runs {@code @ValidPlan} with this
   * validator. The validator is injected lazily because Boot builds it with this very {@link PlanValidator}
   * as its constraint-validator payload.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ValidationConfigurationCustomizer.class)
  @ConditionalOnBean(Validator.class)
  @Order(0)
  static class OnBootValidator {
    @Bean
    @ConditionalOnMissingBean
    PlanValidator planValidator(ValidationPolicy policy, @Lazy Validator engine) {
      return PlanValidator.create(policy, engine);
    }

    @Bean
    @ConditionalOnMissingBean
    Assessor assessor(AssessmentPolicy policy, @Lazy Validator engine) {
      return Assessor.create(policy, engine);
    }

    @Bean
    ValidationConfigurationCustomizer copernicusValidPlan(ObjectProvider<PlanValidator> validator) {
      return configuration -> {
        if (configuration instanceof HibernateValidatorConfiguration hibernate) {
          hibernate.constraintValidatorPayload(validator.getObject());
        }
      };
    }
  }

  /** Without a validator bean (no spring-boot-validation): the library's own. Ordered after the above. */
  @Configuration(proxyBeanMethods = false)
  @Order(1)
  static class Standalone {
    @Bean
    @ConditionalOnMissingBean
    PlanValidator planValidator(ValidationPolicy policy) {
      return PlanValidator.create(policy);
    }

    @Bean
    @ConditionalOnMissingBean
    Assessor assessor(AssessmentPolicy policy) {
      return Assessor.create(policy);
    }
  }

  /** With the portfolio module: many plans at once, judged by the application's assessor. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Portfolio.class)
  @Order(2)
  static class PortfolioConfiguration {
    @Bean
    @ConditionalOnMissingBean
    Portfolio portfolio(Assessor assessor, CopernicusProperties properties) {
      return Portfolio.builder()
          .assessor(assessor)
          .threads(properties.getPortfolio().getThreads())
          .top(properties.getPortfolio().getTop())
          .build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(DispatcherServlet.class)
  @ConditionalOnProperty(
      name = "copernicus.web.problem-details",
      havingValue = "true",
      matchIfMissing = true)
  static class ProblemDetails {
    @Bean
    PlanProblemResolver copernicusPlanProblemResolver() {
      return new PlanProblemResolver();
    }
  }
}
