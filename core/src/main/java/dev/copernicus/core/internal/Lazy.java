package dev.copernicus.core.internal;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A value made on first use, once, whichever thread asks first. Internal. */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> make;
  private volatile @Nullable T value;

  public Lazy(Supplier<T> make) {
    this.make = Objects.requireNonNull(make, "make");
  }

  @Override
  public T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made = Objects.requireNonNull(make.get(), "made");
          value = made;
        }
      }
    }
    return made;
  }
}
