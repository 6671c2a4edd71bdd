package io.cqlkit.node;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The file chores of a node's directory: its yaml and arg file, its log, its removal. */
final class NodeFiles {
  private static final System.Logger LOG = System.getLogger(CassandraNode.class.getName());

  private NodeFiles() {}

  static Path logFileIn(Path directory) {
    return directory.resolve("logs").resolve("node.log");
  }

  static void write(Path file, String text) {
    try {
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CassandraNodeException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  static void appendLine(Path file, String line) {
    try {
      Files.write(file, (line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new CassandraNodeException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  static long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /** The file's text from {@code offset} on (at most 64 MiB), empty when it cannot be read. */
  static String readFrom(Path file, long offset) {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      if (length <= offset) {
        return "";
      }
      byte[] bytes = new byte[(int) Math.min(length - offset, 64L << 20)];
      in.seek(offset);
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** The last {@code lines} lines of the file; none when it does not exist. */
  static List<String> tail(Path file, int lines) {
    if (!Files.isRegularFile(file) || lines == 0) {
      return Collections.emptyList();
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      long window = Math.min(length, Math.max(64 * 1024L, lines * 1024L));
      byte[] bytes = new byte[(int) window];
      in.seek(length - window);
      in.readFully(bytes);
      List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
      if (window < length && !all.isEmpty()) {
        all = all.subList(1, all.size()); // the first line may be cut
      }
      return Collections.unmodifiableList(
          new ArrayList<>(all.subList(Math.max(0, all.size() - lines), all.size())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the node's log " + file, e);
    }
  }

  static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      LOG.log(System.Logger.Level.WARNING, "could not delete the node directory {0}: {1}", root, e);
    }
  }

  static String since(long beginNanos) {
    return format(Duration.ofNanos(System.nanoTime() - beginNanos));
  }

  static String format(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0
        ? (millis / 1000) + " s"
        : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
