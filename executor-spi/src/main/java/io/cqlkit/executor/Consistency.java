package io.cqlkit.executor;

/** CQL consistency levels; SERIAL and LOCAL_SERIAL are for the serial phase of LWT. */
public enum Consistency {
  /** A write is stored anywhere, even as a hint. */
  ANY,
  /** One replica. */
  ONE,
  /** Two replicas. */
  TWO,
  /** Three replicas. */
  THREE,
  /** A majority of replicas across data centers. */
  QUORUM,
  /** Every replica. */
  ALL,
  /** One replica in the local data center. */
  LOCAL_ONE,
  /** A majority of replicas in the local data center. */
  LOCAL_QUORUM,
  /** A majority of replicas in each data center. */
  EACH_QUORUM,
  /** Paxos across data centers (LWT serial phase). */
  SERIAL,
  /** Paxos in the local data center (LWT serial phase). */
  LOCAL_SERIAL;

  /** True for SERIAL and LOCAL_SERIAL. */
  public boolean isSerial() {
    return this == SERIAL || this == LOCAL_SERIAL;
  }
}
