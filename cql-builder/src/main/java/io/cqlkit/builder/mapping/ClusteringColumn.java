package io.cqlkit.builder.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component as a clustering column, for {@link TableModel#of(String, String,
 * Class)}. {@code value} orders the clustering columns (0 first); equal values keep the
 * components' declaration order.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ClusteringColumn {
  /** The column's place among the clustering columns. */
  int value() default 0;
}
