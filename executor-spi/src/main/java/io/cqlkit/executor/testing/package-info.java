/**
 * A real, scriptable in-memory executor for tests: {@link
 * io.cqlkit.executor.testing.RecordingExecutor} records what is sent and answers from a script.
 */
package io.cqlkit.executor.testing;
