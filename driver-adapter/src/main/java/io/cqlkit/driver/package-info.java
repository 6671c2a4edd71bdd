/**
 * The cqlkit executor on the Java driver 4.x, the ScyllaDB driver ({@code com.scylladb:java-driver-core},
 * the default) or the Apache Cassandra driver ({@code org.apache.cassandra:java-driver-core}; both
 * are tested): {@link io.cqlkit.driver.DriverExecutor} prepares each statement text once, binds
 * values with the driver's codecs, sends batches as protocol batches and maps results, paging,
 * warnings and errors onto the executor SPI.
 */
package io.cqlkit.driver;
