/**
 * cqlkit's executor on the Java driver (ScyllaDB's, or Apache's). Exports the API package only.
 * Neither driver jar declares a module name (no module-info, no Automatic-Module-Name; the Bundle-
 * SymbolicName com.datastax.oss.driver.core is OSGi only), so the driver is the automatic module
 * named after its jar, java-driver-core: {@code java.driver.core}.
 */
module io.cqlkit.driver {
  requires transitive io.cqlkit.executor;
  requires transitive java.driver.core;
  requires com.google.common;
  requires org.slf4j;
  requires static com.google.errorprone.annotations;
  requires static jsr305;

  exports io.cqlkit.driver;
}
