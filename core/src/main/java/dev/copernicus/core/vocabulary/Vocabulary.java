package dev.copernicus.core.vocabulary;

import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Influence;
import dev.copernicus.core.model.RelationshipLevel;
import dev.copernicus.core.model.Support;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The words one account planning method uses for buying roles, support, influence and relationship
 * levels, mapped onto Copernicus's own enumerations: a crosswalk. A Blue Sheet user says "Economic
 * Buyer" and means {@link BuyingRole#ECONOMIC_BUYER}; an Altify user says "Decision Maker" and means
 * {@link BuyingRole#DECISION_MAKER}.
 *
 * <p>Where two methods' words look alike but mean different things, the crosswalk keeps them apart:
 * <ul>
 *   <li>Altify's <b>Decision Maker</b> is a {@code DECISION_MAKER}, not the economic buyer: Altify lets
 *       several contacts decide, while Blue Sheet's economic buyer is one person with the final yes and
 *       the veto. Reading every Altify decision maker as the economic buyer would report several
 *       economic buyers on a sound map, and would let knowing any of them stand for knowing the one who
 *       signs.
 *   <li>Altify's <b>Approver</b> is an {@code APPROVER}: procurement, legal or a board sign off on the
 *       process and can stop a deal, but they do not own the business decision.
 *   <li>Gold Sheet's <b>Sponsor</b> and <b>Anti-Sponsor</b> are dispositions towards us at account level
 *       ({@code Support.CHAMPION} and {@code Support.DETRACTOR}), not buying roles: a sponsor may hold any
 *       role, economic buyer included, and the map records both.
 * </ul>
 *
 * <pre>{@code
 * BuyingRole role = Vocabulary.BLUE_SHEET.resolve(BuyingRole.class, "Technical Buyer").orElseThrow();
 * String altify = Vocabulary.ALTIFY.termFor(role).orElseThrow();   // "Evaluator"
 * }</pre>
 *
 * <p>Terms match whatever their case, spacing and punctuation ("economic-buyer" finds "Economic
 * Buyer"). A method may leave a Copernicus value without a term of its own (Blue Sheet has no
 * approver) or use one term per value only. Build a vocabulary of your own with {@link #builder}.
 * Instances are immutable and thread-safe.
 */
public final class Vocabulary {

  /** Copernicus's own words: the enum constants, written as words. */
  public static final Vocabulary COPERNICUS = copernicus();

  /** Miller Heiman's Blue Sheet: buying influences, degree of influence. */
  public static final Vocabulary BLUE_SHEET = builder("blue-sheet")
      .term("Economic Buyer", BuyingRole.ECONOMIC_BUYER)
      .term("Technical Buyer", BuyingRole.TECHNICAL)
      .term("User Buyer", BuyingRole.USER)
      .term("Coach", BuyingRole.COACH)
      .term("High", Influence.HIGH)
      .term("Medium", Influence.MEDIUM)
      .term("Low", Influence.LOW)
      .build();

  /** Altify's contact card: buying role, support, relationship level. */
  public static final Vocabulary ALTIFY = builder("altify")
      .term("Decision Maker", BuyingRole.DECISION_MAKER)
      .term("Approver", BuyingRole.APPROVER)
      .term("Evaluator", BuyingRole.TECHNICAL)
      .term("User", BuyingRole.USER)
      .term("Mentor", Support.CHAMPION)
      .term("Supporter", Support.SUPPORTER)
      .term("Neutral", Support.NEUTRAL)
      .term("Non-Supporter", Support.NON_SUPPORTER)
      .term("Enemy", Support.DETRACTOR)
      .term("Vendor", RelationshipLevel.VENDOR)
      .term("Credible Source", RelationshipLevel.CREDIBLE_SOURCE)
      .term("Problem Solver", RelationshipLevel.PROBLEM_SOLVER)
      .term("Trusted Advisor", RelationshipLevel.TRUSTED_ADVISOR)
      .build();

  /** Miller Heiman's Gold Sheet: account-level sponsor, anti-sponsor, strategic coach, key player. */
  public static final Vocabulary GOLD_SHEET = builder("gold-sheet")
      .term("Strategic Coach", BuyingRole.COACH)
      .term("Key Player", BuyingRole.INFLUENCER)
      .term("Sponsor", Support.CHAMPION)
      .term("Anti-Sponsor", Support.DETRACTOR)
      .build();

  private static final List<Vocabulary> BUILT_INS =
      List.of(COPERNICUS, BLUE_SHEET, ALTIFY, GOLD_SHEET);

  private final String name;
  private final Map<Class<?>, Map<String, Enum<?>>> valuesByTerm;
  private final Map<Enum<?>, String> termsByValue;

  private Vocabulary(Builder builder) {
    this.name = builder.name;
    Map<Class<?>, Map<String, Enum<?>>> byTerm = new LinkedHashMap<>();
    builder.valuesByTerm.forEach(
        (type, terms) -> byTerm.put(type, Collections.unmodifiableMap(new LinkedHashMap<>(terms))));
    this.valuesByTerm = Collections.unmodifiableMap(byTerm);
    this.termsByValue = Collections.unmodifiableMap(new LinkedHashMap<>(builder.termsByValue));
  }

  /** The built-in vocabularies: Copernicus's own, Blue Sheet, Altify and Gold Sheet. */
  public static List<Vocabulary> builtIns() {
    return BUILT_INS;
  }

  /** The built-in vocabulary called {@code name}, e.g. {@code "altify"}. */
  public static Optional<Vocabulary> named(String name) {
    String key = normalize(name);
    return BUILT_INS.stream().filter(v -> normalize(v.name).equals(key)).findFirst();
  }

  /** Starts a vocabulary called {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** This vocabulary's name, e.g. {@code "blue-sheet"}. */
  public String name() {
    return name;
  }

  /**
   * The Copernicus value that {@code term} stands for in this vocabulary, e.g. {@code
   * resolve(Support.class, "Mentor")} in Altify gives {@link Support#CHAMPION}.
   */
  public <E extends Enum<E>> Optional<E> resolve(Class<E> type, String term) {
    Enum<?> value = valuesByTerm.getOrDefault(type, Map.of()).get(normalize(term));
    return Optional.ofNullable(value).map(type::cast);
  }

  /** This vocabulary's term for {@code value}, if it has one. */
  public Optional<String> termFor(Enum<?> value) {
    return Optional.ofNullable(termsByValue.get(value));
  }

  /**
   * Translates {@code term} of this vocabulary into {@code target}'s term for the same value, e.g.
   * Blue Sheet's "Technical Buyer" into Altify's "Evaluator".
   */
  public <E extends Enum<E>> Optional<String> translate(
      Class<E> type, String term, Vocabulary target) {
    return resolve(type, term).flatMap(target::termFor);
  }

  /** The terms of this vocabulary for values of {@code type}, in the order they were defined. */
  public <E extends Enum<E>> Map<String, E> terms(Class<E> type) {
    Map<String, E> terms = new LinkedHashMap<>();
    termsByValue.forEach((value, term) -> {
      if (type.isInstance(value)) {
        terms.put(term, type.cast(value));
      }
    });
    return Collections.unmodifiableMap(terms);
  }

  @Override
  public String toString() {
    return "Vocabulary[" + name + "]";
  }

  /**
   * The form in which terms are matched: letters and digits only, in lower case. Case, spacing and
   * punctuation are noise: "Non-Supporter", "non supporter" and NON_SUPPORTER match.
   */
  public static String normalize(String term) {
    Objects.requireNonNull(term, "term");
    StringBuilder key = new StringBuilder(term.length());
    term.codePoints()
        .filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase)
        .forEach(key::appendCodePoint);
    return key.toString();
  }

  private static Vocabulary copernicus() {
    Builder builder = builder("copernicus");
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
        BuyingRole.class, Support.class, Influence.class, RelationshipLevel.class)) {
      for (Enum<?> value : type.getEnumConstants()) {
        builder.put(asWords(value.name()), value);
      }
    }
    return builder.build();
  }

  private static String asWords(String constant) {
    String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** Builds a {@link Vocabulary}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final Map<Class<?>, Map<String, Enum<?>>> valuesByTerm = new LinkedHashMap<>();
    private final Map<Enum<?>, String> termsByValue = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** Maps a buying-role term. */
    public Builder term(String term, BuyingRole value) {
      return put(term, value);
    }

    /** Maps a support term. */
    public Builder term(String term, Support value) {
      return put(term, value);
    }

    /** Maps an influence term. */
    public Builder term(String term, Influence value) {
      return put(term, value);
    }

    /** Maps a relationship-level term. */
    public Builder term(String term, RelationshipLevel value) {
      return put(term, value);
    }

    private Builder put(String term, Enum<?> value) {
      Objects.requireNonNull(value, "value");
      String key = normalize(term);
      if (key.isEmpty()) {
        throw new IllegalArgumentException(
            "A term needs at least one letter or digit: '" + term + "'");
      }
      Map<String, Enum<?>> terms =
          valuesByTerm.computeIfAbsent(value.getDeclaringClass(), type -> new LinkedHashMap<>());
      Enum<?> previous = terms.putIfAbsent(key, value);
      if (previous != null && previous != value) {
        throw new IllegalArgumentException(
            "Term '" + term + "' already maps to " + previous + " in vocabulary " + name);
      }
      termsByValue.putIfAbsent(value, term);
      return this;
    }

    /** The vocabulary. */
    public Vocabulary build() {
      return new Vocabulary(this);
    }
  }
}
