package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.session.Session;
import io.cqlkit.builder.schema.DataType;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's "Drivers" example, on the Apache Cassandra driver this module puts in place of the ScyllaDB one. */
@ExtendWith(CassandraNodeExtension.class)
class ReadmeDriversIT {

  @Test
  void should_run_the_readme_drivers_example_on_the_apache_driver(CassandraNode node) {
    String driver;
    String owner;
    try (CqlSession session =
        CqlSession.builder()
            .addContactPoint(node.contactPoint())
            .withLocalDatacenter(node.localDatacenter())
            .build()) {
      // README: the same DriverExecutor over either driver's session.
      CqlEngine engine = CqlEngine.of(DriverExecutor.of(session));
      driver = Session.OSS_DRIVER_COORDINATES.getGroupId(); // "org.apache.cassandra" or "com.scylladb"

      TestCluster.recreateKeyspace(engine.executor(), "readme_drivers");
      engine.execute(
          Schema.createTable("readme_drivers", "locks")
              .withPartitionKey("name", DataType.TEXT)
              .withColumn("owner", DataType.TEXT)
              .build());
      engine.execute(insertInto("readme_drivers", "locks").value("name", "job").value("owner", "me").build());
      owner =
          engine
              .execute(selectFrom("readme_drivers", "locks").all().where("name", "job").build())
              .one()
              .get("owner", String.class);
    }

    assertThat(driver).isEqualTo("org.apache.cassandra");
    assertThat(Session.OSS_DRIVER_COORDINATES.getName()).isEqualTo("Apache Cassandra Java Driver");
    assertThat(owner).isEqualTo("me");
  }
}
