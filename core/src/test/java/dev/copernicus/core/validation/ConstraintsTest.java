package dev.copernicus.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.Account;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.CustomerGoal;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.Sentiment;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.testkit.ExamplePlans;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The model's constraints work with a plainly bootstrapped Jakarta validator, as a host application's
 * would be: nothing Copernicus-specific is configured.
 */
class ConstraintsTest {
  private static final Validator PLAIN = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory()
      .getValidator();

  /** Every value type reachable from the plan. */
  private static Set<Class<?>> modelTypes() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(Set.of(AccountPlan.class));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      for (Method getter : getters(type)) {
        Class<?> raw = getter.getReturnType();
        if (getter.getGenericReturnType()
                instanceof java.lang.reflect.ParameterizedType parameterized
            && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
          raw = element;
        }
        if (raw.isInterface() && raw.getPackageName().equals(AccountPlan.class.getPackageName())) {
          todo.add(raw);
        }
      }
    }
    return seen;
  }

  private static Set<Method> getters(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.getParameterCount() == 0
            && !m.isSynthetic()
            && !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getName().startsWith("get") || m.getName().startsWith("is"))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static long declaredConstraints(Method getter) {
    long onGetter = Arrays.stream(getter.getAnnotations())
        .filter(ConstraintsTest::isConstraintOrValid)
        .count();
    long onElements = 0;
    if (getter.getAnnotatedReturnType() instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        onElements += Arrays.stream(argument.getAnnotations())
            .filter(ConstraintsTest::isConstraintOrValid)
            .count();
      }
    }
    return onGetter + onElements;
  }

  private static boolean isConstraintOrValid(Annotation annotation) {
    return annotation.annotationType().isAnnotationPresent(Constraint.class)
        || annotation instanceof Valid;
  }

  private static long seenByValidator(PropertyDescriptor property) {
    long count =
        (long) property.getConstraintDescriptors().size() + (property.isCascaded() ? 1 : 0);
    for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
      count += element.getConstraintDescriptors().size() + (element.isCascaded() ? 1 : 0);
    }
    return count;
  }

  @Test
  void theValidatorSeesEveryConstraintDeclaredOnTheModel() {
    Set<Class<?>> types = modelTypes();
    assertThat(types).hasSizeGreaterThan(25);
    long declaredTotal = 0;
    for (Class<?> type : types) {
      BeanDescriptor bean = PLAIN.getConstraintsForClass(type);
      for (Method getter : getters(type)) {
        long declared = declaredConstraints(getter);
        declaredTotal += declared;
        String property = getter.getName().replaceFirst("^(get|is)", "");
        property = Character.toLowerCase(property.charAt(0)) + property.substring(1);
        PropertyDescriptor descriptor = bean.getConstraintsForProperty(property);
        long seen = descriptor == null ? 0 : seenByValidator(descriptor);
        assertThat(seen).as("%s.%s", type.getSimpleName(), getter.getName()).isEqualTo(declared);
      }
    }
    assertThat(declaredTotal).isGreaterThan(100);
  }

  private static Set<String> violatedPaths(Object bean) {
    return PLAIN.validate(bean).stream()
        .map(v -> v.getPropertyPath().toString())
        .collect(Collectors.toSet());
  }

  @Test
  void constraintsFireOnTheImmutableImplementations() {
    AccountPlan plan = ExamplePlans.talentAcquisition().toBuilder()
        .account(Account.builder()
            .name(" ")
            .addRegions("")
            .sentiment(Sentiment.builder().nps(101).build())
            .build())
        .addStakeholder(Stakeholder.builder()
            .id(StakeholderId.of(" padded "))
            .name("Ann")
            .title("\t")
            .reportsTo(StakeholderId.of(""))
            .build())
        .addGoal(
            CustomerGoal.builder().id(GoalId.of("g-x")).statement("x").rank(0).build())
        .addOpportunity(Opportunity.builder()
            .from(ExamplePlans.talentAcquisition().getOpportunities().get(0))
            .probability(101)
            .build())
        .relationshipScale(11)
        .build();

    Set<ConstraintViolation<AccountPlan>> violations = PLAIN.validate(plan);

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder(
            "account.name",
            "account.regions[0].<list element>",
            "account.sentiment.nps",
            "stakeholders[5].id",
            "stakeholders[5].title",
            "stakeholders[5].reportsTo",
            "goals[2].rank",
            "opportunities[1].probability",
            "relationshipScale");
    assertThat(violatedPaths(ExamplePlans.bankOnboarding())).isEmpty();
  }

  @Test
  void copernicusReportsConstraintsAsFindingsWithPointers() {
    AccountPlan plan = ExamplePlans.talentAcquisition().toBuilder()
        .account(Account.builder().name(" ").addRegions("").build())
        .addStakeholder(
            Stakeholder.builder().id(StakeholderId.of(" padded ")).name("Ann").build())
        .build();

    ValidationReport report = PlanValidator.create().validate(plan);

    assertThat(report.errors())
        .extracting(Finding::getCode, Finding::getPath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.VALUE_REQUIRED.code(), "/account/name"),
            org.assertj.core.groups.Tuple.tuple(Code.VALUE_REQUIRED.code(), "/account/regions/0"),
            org.assertj.core.groups.Tuple.tuple(Code.ID_MALFORMED.code(), "/stakeholders/5/id"));
    assertThat(report.errors().get(2).getMessage())
        .startsWith("' padded ' is not a well-formed id");
  }
}
