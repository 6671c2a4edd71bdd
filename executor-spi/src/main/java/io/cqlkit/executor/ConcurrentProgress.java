package io.cqlkit.executor;

/** Counters of a running concurrent execution; safe to read from any thread while it runs. */
public interface ConcurrentProgress {

  /** How many statements were sent so far. */
  long issued();

  /** How many statements finished, successfully or not. */
  long done();

  /** How many statements failed. */
  long failed();

  /** How many statements are sent and not finished. */
  default long inFlight() {
    return issued() - done();
  }
}
