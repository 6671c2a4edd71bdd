package io.cqlkit.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriverRowTest {
  private final DriverRow.Columns columns = new DriverRow.Columns(List.of("[applied]", "pk", "ts"));
  private final DriverRow row =
      new DriverRow(columns, new Object[] {false, 7, Instant.ofEpochSecond(1)});

  @Test
  void should_read_values_by_name_and_type() {
    assertThat(row.get("[applied]", boolean.class)).isFalse();
    assertThat(row.get("pk", Integer.class)).isEqualTo(7);
    assertThat(row.getObject("ts")).isEqualTo(Instant.ofEpochSecond(1));
    assertThat(row.columnNames()).containsExactly("[applied]", "pk", "ts");
    assertThat(row.contains("pk")).isTrue();
    assertThat(row.contains("v")).isFalse();
  }

  @Test
  void should_say_which_columns_exist_when_asked_for_a_missing_one() {
    assertThatThrownBy(() -> row.getObject("v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no column 'v' in this row; its columns are [[applied], pk, ts]");
  }

  @Test
  void should_refuse_to_read_a_value_as_another_type() {
    assertThatThrownBy(() -> row.get("pk", String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'pk' holds a java.lang.Integer, which cannot be read as java.lang.String");
  }

  @Test
  void should_give_a_read_only_map_in_column_order_with_nulls() {
    DriverRow withNull = new DriverRow(columns, new Object[] {true, null, null});

    assertThat(withNull.asMap()).containsExactly(
        java.util.Map.entry("[applied]", true),
        new java.util.AbstractMap.SimpleEntry<>("pk", null),
        new java.util.AbstractMap.SimpleEntry<>("ts", null));
    assertThat(withNull.get("pk", Integer.class)).isNull();
    assertThatThrownBy(() -> withNull.asMap().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_be_equal_to_a_row_of_the_same_columns_and_values() {
    DriverRow same = new DriverRow(columns, new Object[] {false, 7, Instant.ofEpochSecond(1)});

    assertThat(row).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(row).isNotEqualTo(new DriverRow(columns, new Object[] {true, 7, null}));
    assertThat(row).hasToString("Row{[applied]=false, pk=7, ts=1970-01-01T00:00:01Z}");
  }
}
