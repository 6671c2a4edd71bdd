package io.cqlkit.executor.testing;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.executor.CqlResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The answers of a {@link RecordingExecutor} script rule, to give in order, the last repeating. */
public final class Stubbing {
  private final RecordingExecutor executor;
  private final Predicate<? super CqlStatement> matcher;

  Stubbing(RecordingExecutor executor, Predicate<? super CqlStatement> matcher) {
    this.executor = executor;
    this.matcher = matcher;
  }

  /** Answers in order; the last one repeats. */
  @CanIgnoreReturnValue
  public RecordingExecutor thenAnswer(Answer first, Answer... then) {
    checkArgument(first != null, "answer must not be null");
    List<Answer> answers = new ArrayList<>(1 + then.length);
    answers.add(first);
    for (Answer answer : then) {
      checkArgument(answer != null, "answers must not be null");
      answers.add(answer);
    }
    executor.addStub(matcher, answers);
    return executor;
  }

  /** Answers with this result. */
  @CanIgnoreReturnValue
  public RecordingExecutor thenReturn(CqlResult result) {
    return thenAnswer(Answer.of(result));
  }

  /** Fails with {@code failure}. */
  @CanIgnoreReturnValue
  public RecordingExecutor thenFail(Throwable failure) {
    return thenAnswer(Answer.failure(failure));
  }
}
