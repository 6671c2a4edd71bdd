package io.cqlkit.builder.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The exact column (and marker) name of a record component, overriding the naming rule of
 * {@link RecordModel}: {@code @Column("uid") UUID userId} binds {@code :uid} and reads column
 * {@code uid}, and nothing else.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Column {
  /** The column name, exact (case-sensitive, as in the schema). */
  String value();
}
