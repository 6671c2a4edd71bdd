package io.cqlkit.builder.schema;

import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlSnippet;

/** {@code from TO to}, for ALTER TABLE and ALTER TYPE. */
final class Rename implements CqlSnippet {
  final CqlIdentifier from;
  final CqlIdentifier to;

  private Rename(CqlIdentifier from, CqlIdentifier to) {
    this.from = from;
    this.to = to;
  }

  static Rename of(String from, String to, String what) {
    return new Rename(Names.of(from, what), Names.of(to, "new " + what));
  }

  @Override
  public void appendTo(StringBuilder sb) {
    from.appendTo(sb);
    sb.append(" TO ");
    to.appendTo(sb);
  }
}
