package dev.copernicus.spark;

import dev.copernicus.scoring.Assessor;
import java.io.Serializable;

/**
 * How each partition gets its assessor. Spark sends this to the executors, so it must be serialisable: a
 * lambda that builds the policy from plain values, e.g. {@code () -> Assessor.create(policy(weights))},
 * rather than one that captures an assessor, which holds a validator and cannot travel.
 */
@FunctionalInterface
public interface AssessorFactory extends Serializable {
  /** A new assessor; called once per partition on the executor. */
  Assessor create();

  /** The default policy and the composite framework: {@link Assessor#create()}. */
  static AssessorFactory defaults() {
    return Assessor::create;
  }
}
