package io.cqlkit.node;

import java.util.List;

/** A JVM argument file ({@code java @file}): keeps the node's long command line readable and re-runnable. */
final class ArgFile {
  private ArgFile() {}

  /** One argument a line, each double-quoted with {@code \} and {@code "} escaped. */
  static String render(List<String> args) {
    StringBuilder text = new StringBuilder();
    for (String arg : args) {
      text.append('"').append(arg.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
    }
    return text.toString();
  }
}
