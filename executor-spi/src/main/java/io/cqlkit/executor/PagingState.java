package io.cqlkit.executor;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.io.BaseEncoding;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Where a paged SELECT stopped: opaque bytes from the server. It can be kept as a string (for a
 * web API's "next page" token) and turned back into a paging state later.
 *
 * <pre>{@code
 * String token = page.pagingState().map(PagingState::toString).orElse(null);
 * ExecutionOptions next = ExecutionOptions.defaults().withPagingState(PagingState.fromString(token));
 * }</pre>
 */
public final class PagingState {
  private static final BaseEncoding ENCODING = BaseEncoding.base64Url().omitPadding();
  private final byte[] bytes;

  private PagingState(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A paging state holding a copy of the remaining bytes of {@code buffer}. */
  public static PagingState of(ByteBuffer buffer) {
    checkArgument(buffer != null && buffer.hasRemaining(), "a paging state must not be empty");
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return new PagingState(bytes);
  }

  /** Parses the form produced by {@link #toString()}. */
  public static PagingState fromString(String token) {
    checkArgument(token != null && !token.isEmpty(), "a paging state token must not be empty");
    try {
      return new PagingState(ENCODING.decode(token));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a paging state token: '" + token + "'; pass a string from PagingState.toString()",
          e);
    }
  }

  /** The server's bytes, as a read-only buffer. */
  public ByteBuffer toByteBuffer() {
    return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PagingState && Arrays.equals(bytes, ((PagingState) o).bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** URL-safe base64 of the bytes; {@link #fromString(String)} reads it back. */
  @Override
  public String toString() {
    return ENCODING.encode(bytes);
  }
}
