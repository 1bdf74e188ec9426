package dev.copernicus.serialization.diff;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.serialization.internal.EmbeddedValues;
import dev.copernicus.serialization.internal.TypeModel.Composite;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;

/**
 * What changed between two versions of one plan: entities added, removed and changed, matched by id
 * rather than by position, each with its pointers, field and values as the format writes them; the same
 * as an RFC 6902 JSON Patch for machines; and a summary a review meeting can read.
 *
 * <pre>{@code
 * PlanDiff diff = PlanDiff.between(lastQuarter, today);
 * diff.summary().forEach(System.out::println);   // "Alex Moreau's relationship with Dana Ortiz (CFO) went from 2 to 3, ..."
 * diff.changes();                                 // every change, with its pointers
 * diff.patch();                                   // applied to lastQuarter's document, gives today's
 * }</pre>
 *
 * <p>It lives with the format because a diff is about documents: its pointers, its values (money, dates,
 * enum words) and its patch are the format's, and the same canonical writer that makes two equal plans
 * write equal bytes makes two versions comparable. Reordering a list is no change (the patch still moves
 * the element, so that it gives the new document exactly); an id that changes is a removal plus an
 * addition, and the removal names the added entity with the same content as its {@code successor}.
 */
public final class PlanDiff {
  /** Fields that record the passage of time or a review, not the plan's substance. */
  private static final Set<String> BOOKKEEPING = Set.of("asOf", "lastUpdated", "reviews");

  private final AccountPlan before;
  private final AccountPlan after;
  private final List<PlanChange> changes;
  private final ArrayNode patch;

  private PlanDiff(AccountPlan before, AccountPlan after) {
    this.before = before;
    this.after = after;
    ModelDiff diff = new ModelDiff();
    diff.objects(
        (Composite) EmbeddedValues.shape(AccountPlan.class), before, after, "", "", "plan", "");
    this.changes = List.copyOf(diff.changes);
    this.patch = diff.patch;
  }

  /**
   * The differences from {@code before} to {@code after}, two versions of the same plan.
   *
   * @throws IllegalArgumentException when the plans' ids differ: they are two plans, not two versions
   */
  public static PlanDiff between(AccountPlan before, AccountPlan after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (!before.getId().equals(after.getId())) {
      throw new IllegalArgumentException(
          "These are two different plans ('" + before.getId().value() + "' and '"
              + after.getId().value() + "'): a diff compares two versions of one plan");
    }
    return new PlanDiff(before, after);
  }

  /** The differences between any two plans, even with different ids (the CLI's {@code --force}). */
  public static PlanDiff betweenAny(AccountPlan before, AccountPlan after) {
    return new PlanDiff(
        Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"));
  }

  /** The older version. */
  public AccountPlan before() {
    return before;
  }

  /** The newer version. */
  public AccountPlan after() {
    return after;
  }

  /** Every change, in document order. */
  public List<PlanChange> changes() {
    return changes;
  }

  /** Whether the two versions are the same plan. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** Whether anything changed besides the passage of time and the reviews held ({@code asOf}, {@code lastUpdated}, {@code reviews}). */
  public boolean isSubstantive() {
    return changes.stream()
        .anyMatch(change -> !(change.entity().equals("plan")
            && change
                .field()
                .map(field -> BOOKKEEPING.contains(field.split("/", 2)[0]))
                .orElse(false)));
  }

  /** The RFC 6902 JSON Patch that turns the older version's canonical document into the newer one's. */
  public ArrayNode patch() {
    return patch.deepCopy();
  }

  /** The changes as a review meeting reads them, one line each, in English. */
  public List<String> summary() {
    return summary(Locale.ENGLISH);
  }

  /**
   * The changes as a review meeting reads them, one line each, in {@code locale}: Spanish for any
   * Spanish locale, English for any other.
   */
  public List<String> summary(Locale locale) {
    return DiffSummary.of(this, Objects.requireNonNull(locale, "locale"));
  }
}
