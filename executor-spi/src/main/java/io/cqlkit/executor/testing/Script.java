package io.cqlkit.executor.testing;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.executor.CqlResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A {@link RecordingExecutor}'s script: rules of answers, the most recent matching rule wins. */
final class Script {
  private static final Answer DEFAULT_ANSWER = Answer.of(CqlResult.empty());

  private final List<Stub> stubs = new CopyOnWriteArrayList<>();

  void add(Predicate<? super CqlStatement> matcher, List<Answer> answers) {
    stubs.add(new Stub(matcher, answers));
  }

  /** The next answer of the most recent rule matching {@code statement}, or an empty result. */
  Answer answerFor(CqlStatement statement) {
    for (int i = stubs.size() - 1; i >= 0; i--) {
      Stub stub = stubs.get(i);
      if (stub.matcher.test(statement)) {
        return stub.next();
      }
    }
    return DEFAULT_ANSWER;
  }

  private static final class Stub {
    final Predicate<? super CqlStatement> matcher;
    final List<Answer> answers;
    final AtomicInteger position = new AtomicInteger();

    Stub(Predicate<? super CqlStatement> matcher, List<Answer> answers) {
      this.matcher = matcher;
      this.answers = List.copyOf(answers);
    }

    Answer next() {
      int at = position.getAndUpdate(p -> Math.min(p + 1, answers.size() - 1));
      return answers.get(at);
    }
  }
}
