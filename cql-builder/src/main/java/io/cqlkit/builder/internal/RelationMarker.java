package io.cqlkit.builder.internal;

import javax.annotation.CheckForNull;

/**
 * A marker of a WHERE relation, or the marker on the right side of an IF condition, with its
 * relation: a template refuses a null or UNSET bound there where a builder step refuses it.
 *
 * @param index the marker's index in the params
 * @param relation the relation as rendered, such as {@code pk = ?}
 * @param column the relation's column, or null (a token, tuple or element)
 * @param operator the relation's operator (its ordinal)
 * @param condition true for an IF condition, false for a WHERE relation
 */
public record RelationMarker(
    int index, String relation, @CheckForNull String column, int operator, boolean condition) {}
