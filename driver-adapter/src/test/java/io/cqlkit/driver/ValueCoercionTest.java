package io.cqlkit.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.type.DataTypes;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueCoercionTest {

  @Test
  void should_widen_integers_to_bigint_and_narrow_them_when_they_fit() {
    assertThat(ValueCoercion.coerce(60, DataTypes.BIGINT)).isEqualTo(60L);
    assertThat(ValueCoercion.coerce(60L, DataTypes.INT)).isEqualTo(60);
    assertThat(ValueCoercion.coerce(7, DataTypes.SMALLINT)).isEqualTo((short) 7);
    assertThat(ValueCoercion.coerce(7L, DataTypes.TINYINT)).isEqualTo((byte) 7);
    assertThat(ValueCoercion.coerce(5, DataTypes.COUNTER)).isEqualTo(5L);
    assertThat(ValueCoercion.coerce(5, DataTypes.VARINT)).isEqualTo(BigInteger.valueOf(5));
  }

  @Test
  void should_refuse_a_number_that_does_not_fit() {
    assertThat(ValueCoercion.coerce(1L << 40, DataTypes.INT)).isNull();
    assertThat(ValueCoercion.coerce(1.5, DataTypes.INT)).isNull();
    assertThat(ValueCoercion.coerce(300, DataTypes.TINYINT)).isNull();
    assertThat(ValueCoercion.coerce(0.1, DataTypes.FLOAT)).isNull();
    assertThat(ValueCoercion.coerce(Double.NaN, DataTypes.DECIMAL)).isNull();
    assertThat(ValueCoercion.coerce((1L << 53) + 1, DataTypes.DOUBLE)).isNull();
  }

  @Test
  void should_convert_between_floating_and_decimal_types_when_exact() {
    assertThat(ValueCoercion.coerce(0.5, DataTypes.FLOAT)).isEqualTo(0.5f);
    assertThat(ValueCoercion.coerce(0.5f, DataTypes.DOUBLE)).isEqualTo(0.5);
    assertThat(ValueCoercion.coerce(3, DataTypes.DOUBLE)).isEqualTo(3.0);
    assertThat(ValueCoercion.coerce(0.1, DataTypes.DECIMAL)).isEqualTo(new BigDecimal("0.1"));
    assertThat(ValueCoercion.coerce(0.1f, DataTypes.DECIMAL)).isEqualTo(new BigDecimal("0.1"));
    assertThat(ValueCoercion.coerce(12, DataTypes.DECIMAL)).isEqualTo(new BigDecimal(12));
  }

  @Test
  void should_bind_a_java_duration_as_a_cql_duration_of_nanoseconds() {
    assertThat(ValueCoercion.coerce(Duration.ofMillis(1500), DataTypes.DURATION))
        .isEqualTo(CqlDuration.newInstance(0, 0, 1_500_000_000L));
    assertThat(ValueCoercion.coerce(Duration.ofSeconds(Long.MAX_VALUE), DataTypes.DURATION)).isNull();
    assertThat(ValueCoercion.coerce(Duration.ofMillis(1500), DataTypes.BIGINT)).isNull();
  }

  @Test
  void should_read_a_date_as_an_instant_for_a_timestamp() {
    assertThat(ValueCoercion.coerce(new Date(1_700_000_000_000L), DataTypes.TIMESTAMP))
        .isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
  }

  // CqlVector.newInstance(List), not the varargs form: the ScyllaDB driver declares CqlVector<T extends
  // Number> and the Apache driver CqlVector<T>, so a varargs call compiled against one is a
  // NoSuchMethodError on the other (these tests also run on the Apache driver).
  @Test
  void should_build_a_vector_from_a_list_or_an_array_of_numbers() {
    assertThat(ValueCoercion.coerce(List.of(0.1, 0.2, 0.3), DataTypes.vectorOf(DataTypes.FLOAT, 3)))
        .isEqualTo(CqlVector.newInstance(List.of(0.1f, 0.2f, 0.3f)));
    assertThat(ValueCoercion.coerce(new float[] {1f, 2f}, DataTypes.vectorOf(DataTypes.FLOAT, 2)))
        .isEqualTo(CqlVector.newInstance(List.of(1f, 2f)));
    assertThat(ValueCoercion.coerce(new double[] {1, 2}, DataTypes.vectorOf(DataTypes.DOUBLE, 2)))
        .isEqualTo(CqlVector.newInstance(List.of(1.0, 2.0)));
    assertThat(ValueCoercion.coerce(List.of(1L, 2L), DataTypes.vectorOf(DataTypes.INT, 2)))
        .isEqualTo(CqlVector.newInstance(List.of(1, 2)));
  }

  @Test
  void should_refuse_a_vector_of_non_numbers() {
    assertThat(ValueCoercion.coerce(List.of("a"), DataTypes.vectorOf(DataTypes.FLOAT, 1))).isNull();
    assertThat(ValueCoercion.coerce("0.1,0.2", DataTypes.vectorOf(DataTypes.FLOAT, 2))).isNull();
  }

  @Test
  void should_bind_a_byte_array_to_a_blob_as_a_buffer_over_the_copy_params_hand_out() {
    CqlStatement statement = Cql.insertInto("ks", "t").value("b", new byte[] {1, 2, 3}).build();
    byte[] bytes = (byte[]) statement.params().get(0);

    Object coerced = ValueCoercion.coerce(bytes, DataTypes.BLOB);

    assertThat(coerced).isEqualTo(ByteBuffer.wrap(new byte[] {1, 2, 3}));
    assertThat(((ByteBuffer) coerced).array()).isSameAs(bytes); // wrapped: no second copy
    assertThat(statement.params().get(0)).isNotSameAs(bytes); // each read is a copy of its own
    assertThat(ValueCoercion.coerce(bytes, DataTypes.TEXT)).isNull();
  }

  @Test
  void should_leave_other_types_alone() {
    assertThat(ValueCoercion.coerce("42", DataTypes.INT)).isNull();
    assertThat(ValueCoercion.coerce(42, DataTypes.TEXT)).isNull();
    assertThat(ValueCoercion.coerce(new Date(0), DataTypes.DATE)).isNull();
  }
}
