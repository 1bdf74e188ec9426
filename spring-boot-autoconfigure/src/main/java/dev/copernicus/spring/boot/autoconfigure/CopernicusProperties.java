package dev.copernicus.spring.boot.autoconfigure;

import dev.copernicus.core.validation.Severity;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code copernicus.*}: how the auto-configured validator, assessor and codecs judge and read plans. Every
 * property is optional; unset ones keep the library's documented defaults.
 */
@ConfigurationProperties("copernicus")
public class CopernicusProperties {
  /**
   * Language of findings and next steps: English unless set; Spanish ("es") is shipped too. Any other
   * language stops the application.
   */
  private Locale language = Locale.ENGLISH;

  /** Id of the planning framework completeness is checked against, e.g. "composite" or "six-boxes". */
  private String framework = "composite";

  private final Validation validation = new Validation();
  private final Weights weights = new Weights();
  private final Limits limits = new Limits();
  private final Web web = new Web();
  private final PortfolioSettings portfolio = new PortfolioSettings();

  public Locale getLanguage() {
    return language;
  }

  public void setLanguage(Locale language) {
    this.language = language;
  }

  public String getFramework() {
    return framework;
  }

  public void setFramework(String framework) {
    this.framework = framework;
  }

  public Validation getValidation() {
    return validation;
  }

  public Weights getWeights() {
    return weights;
  }

  public Limits getLimits() {
    return limits;
  }

  public Web getWeb() {
    return web;
  }

  public PortfolioSettings getPortfolio() {
    return portfolio;
  }

  /** The portfolio bean, when the portfolio module is on the class path. */
  public static class PortfolioSettings {
    /** How many plans are assessed at once. */
    private int threads = 1;

    /** How many plans the ranking keeps. */
    private int top = 20;

    public int getThreads() {
      return threads;
    }

    public void setThreads(int threads) {
      this.threads = threads;
    }

    public int getTop() {
      return top;
    }

    public void setTop(int top) {
      this.top = top;
    }
  }

  /** Which findings are reported, and how severe they are. */
  public static class Validation {
    /** Codes of findings never reported, e.g. "horizon.too-short". */
    private Set<String> disabled = new LinkedHashSet<>();

    /** Severity per code, overriding the rule's own, e.g. map.no-coach=error. */
    private Map<String, Severity> severities = new LinkedHashMap<>();

    public Set<String> getDisabled() {
      return disabled;
    }

    public void setDisabled(Set<String> disabled) {
      this.disabled = disabled;
    }

    public Map<String, Severity> getSeverities() {
      return severities;
    }

    public void setSeverities(Map<String, Severity> severities) {
      this.severities = severities;
    }
  }

  /** The areas' weights in the overall health; unset ones keep the documented defaults. */
  public static class Weights {
    /** Weight of relationships (default 0.30). */
    private @Nullable Double relationships;

    /** Weight of completeness (default 0.25). */
    private @Nullable Double completeness;

    /** Weight of the outside-in balance (default 0.25). */
    private @Nullable Double balance;

    /** Weight of momentum (default 0.20). */
    private @Nullable Double momentum;

    public @Nullable Double getRelationships() {
      return relationships;
    }

    public void setRelationships(@Nullable Double relationships) {
      this.relationships = relationships;
    }

    public @Nullable Double getCompleteness() {
      return completeness;
    }

    public void setCompleteness(@Nullable Double completeness) {
      this.completeness = completeness;
    }

    public @Nullable Double getBalance() {
      return balance;
    }

    public void setBalance(@Nullable Double balance) {
      this.balance = balance;
    }

    public @Nullable Double getMomentum() {
      return momentum;
    }

    public void setMomentum(@Nullable Double momentum) {
      this.momentum = momentum;
    }
  }

  /** The format's limits for documents read by the codecs; unset ones keep the documented defaults. */
  public static class Limits {
    /** Largest document read, e.g. 16MB. */
    private @Nullable DataSize maxDocumentSize;

    /** Deepest nesting of objects and arrays. */
    private @Nullable Integer maxNestingDepth;

    /** Longest text value, in characters. */
    private @Nullable Integer maxStringLength;

    /** Longest number, in digits. */
    private @Nullable Integer maxNumberLength;

    public @Nullable DataSize getMaxDocumentSize() {
      return maxDocumentSize;
    }

    public void setMaxDocumentSize(@Nullable DataSize maxDocumentSize) {
      this.maxDocumentSize = maxDocumentSize;
    }

    public @Nullable Integer getMaxNestingDepth() {
      return maxNestingDepth;
    }

    public void setMaxNestingDepth(@Nullable Integer maxNestingDepth) {
      this.maxNestingDepth = maxNestingDepth;
    }

    public @Nullable Integer getMaxStringLength() {
      return maxStringLength;
    }

    public void setMaxStringLength(@Nullable Integer maxStringLength) {
      this.maxStringLength = maxStringLength;
    }

    public @Nullable Integer getMaxNumberLength() {
      return maxNumberLength;
    }

    public void setMaxNumberLength(@Nullable Integer maxNumberLength) {
      this.maxNumberLength = maxNumberLength;
    }
  }

  /** Web applications. */
  public static class Web {
    /**
     * Whether plan format errors answer 400 and unsound plans 422 as RFC 9457 problem details with the
     * format's kind, pointer, line and column, and the findings' codes and pointers.
     */
    private boolean problemDetails = true;

    public boolean isProblemDetails() {
      return problemDetails;
    }

    public void setProblemDetails(boolean problemDetails) {
      this.problemDetails = problemDetails;
    }
  }
}
