package io.cqlkit.builder;

import java.util.Iterator;

/** A piece of CQL text that renders itself; the one rendering path of every builder. */
@FunctionalInterface
public interface CqlSnippet {

  /** Appends this snippet's CQL to {@code sb}. */
  void appendTo(StringBuilder sb);

  /** Appends {@code prefix}, the snippets separated by {@code separator}, then {@code suffix}. */
  static void join(
      StringBuilder sb,
      Iterable<? extends CqlSnippet> snippets,
      String prefix,
      String separator,
      String suffix) {
    sb.append(prefix);
    Iterator<? extends CqlSnippet> it = snippets.iterator();
    while (it.hasNext()) {
      it.next().appendTo(sb);
      if (it.hasNext()) {
        sb.append(separator);
      }
    }
    sb.append(suffix);
  }
}
