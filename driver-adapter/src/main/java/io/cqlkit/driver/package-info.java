/**
 * The cqlkit executor on the ScyllaDB/DataStax Java driver 4.x: {@link io.cqlkit.driver.DriverExecutor}
 * prepares each statement text once, binds values with the driver's codecs, sends batches as
 * protocol batches and maps results, paging, warnings and errors onto the executor SPI.
 */
package io.cqlkit.driver;
