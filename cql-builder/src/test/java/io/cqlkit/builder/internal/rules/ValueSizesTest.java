package io.cqlkit.builder.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cqlkit.builder.Unset;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The serialized sizes of bound values, the cells' values in the batch-size model. */
class ValueSizesTest {

  @Test
  void should_estimate_scalars_by_their_serialized_width() {
    assertThat(ValueSizes.of(null)).isZero();
    assertThat(ValueSizes.of("héllo")).isEqualTo(6);
    assertThat(ValueSizes.of(ByteBuffer.allocate(10).position(4))).isEqualTo(6);
    assertThat(ValueSizes.of(new byte[7])).isEqualTo(7);
    assertThat(ValueSizes.of(true)).isEqualTo(1);
    assertThat(ValueSizes.of((short) 1)).isEqualTo(2);
    assertThat(ValueSizes.of(1)).isEqualTo(4);
    assertThat(ValueSizes.of(1L)).isEqualTo(8);
    assertThat(ValueSizes.of(1.5d)).isEqualTo(8);
    assertThat(ValueSizes.of(Instant.EPOCH)).isEqualTo(8);
    assertThat(ValueSizes.of(UUID.randomUUID())).isEqualTo(16);
    assertThat(ValueSizes.of(new BigDecimal("1.5"))).isEqualTo(5);
  }

  @Test
  void should_sum_collections_with_their_length_prefixes() {
    assertThat(ValueSizes.of(List.of("ab", "c"))).isEqualTo(4 + (4 + 2) + (4 + 1));
    assertThat(ValueSizes.of(Map.of("k", 1))).isEqualTo(4 + 8 + 1 + 4);
  }

  @Test
  void should_size_fixed_width_types_by_the_column_type() {
    assertThat(ValueSizes.of(1, "bigint")).isEqualTo(8);
    assertThat(ValueSizes.of(1L, "int")).isEqualTo(4);
    assertThat(ValueSizes.of("x", "text")).isEqualTo(1);
  }

  @Test
  void should_count_unset_as_no_bytes() {
    assertThat(ValueSizes.of(Unset.UNSET)).isZero();
    assertThat(ValueSizes.of(Unset.UNSET, "int")).isZero();
  }
}
