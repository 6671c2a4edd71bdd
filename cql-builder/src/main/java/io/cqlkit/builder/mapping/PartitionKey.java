package io.cqlkit.builder.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component as a partition-key column, for {@link TableModel#of(String, String,
 * Class)}. For a composite key, {@code value} orders the columns (0 first); equal values keep the
 * components' declaration order.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PartitionKey {
  /** The column's place in the partition key. */
  int value() default 0;
}
