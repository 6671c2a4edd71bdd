/**
 * Application data in and out of templates: Java records bound by name ({@link
 * io.cqlkit.builder.mapping.RecordModel}, the one naming rule), annotations that name columns and
 * mark keys, and table models ({@link io.cqlkit.builder.mapping.TableModel}) that make a table's
 * everyday templates. Driver-free; rows are read into records by {@code io.cqlkit.executor.RowMapper}
 * with the same rule.
 */
package io.cqlkit.builder.mapping;
