package io.cqlkit.executor;

/** CQL consistency levels; SERIAL and LOCAL_SERIAL are for the serial phase of LWT. */
public enum Consistency {
  ANY,
  ONE,
  TWO,
  THREE,
  QUORUM,
  ALL,
  LOCAL_ONE,
  LOCAL_QUORUM,
  EACH_QUORUM,
  SERIAL,
  LOCAL_SERIAL;

  /** True for SERIAL and LOCAL_SERIAL. */
  public boolean isSerial() {
    return this == SERIAL || this == LOCAL_SERIAL;
  }
}
