package dev.copernicus.core.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/**
 * A principle that Immutables did not generate, with a constraint of its own: the engine validates
 * what its class declares, so the screen must read its class too, not only the model's type.
 */
public final class ForeignPrinciple implements Principle {
  private final String owner;

  public ForeignPrinciple(String owner) {
    this.owner = owner;
  }

  @Override
  public String getStatement() {
    return "Walk away from unpaid pilots";
  }

  @Override
  public Optional<String> getWalkAwayWhen() {
    return Optional.empty();
  }

  /** Who holds the team to it: constrained here, unknown to the model's type. */
  @NotBlank
  public String getOwner() {
    return owner;
  }

  @Override
  public Principle withStatement(String value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Principle withWalkAwayWhen(String value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Principle withWalkAwayWhen(Optional<String> optional) {
    throw new UnsupportedOperationException();
  }
}
