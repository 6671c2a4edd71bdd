package io.cqlkit.node;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** Asks a CQL port for its options (native protocol v4 OPTIONS): a node that answers SUPPORTED serves CQL. */
final class CqlProbe {
  private static final byte VERSION_4_REQUEST = 0x04;
  private static final byte VERSION_4_RESPONSE = (byte) 0x84;
  private static final byte OPCODE_OPTIONS = 0x05;
  private static final byte OPCODE_SUPPORTED = 0x06;

  private CqlProbe() {}

  /** True when the port accepts a connection and answers OPTIONS with SUPPORTED. */
  static boolean answersOptions(InetSocketAddress address, Duration timeout) {
    int millis = (int) Math.max(1, timeout.toMillis());
    try (Socket socket = new Socket()) {
      socket.connect(address, millis);
      socket.setSoTimeout(millis);
      OutputStream out = socket.getOutputStream();
      // header: version, flags, stream id (2 bytes), opcode, body length (4 bytes)
      out.write(new byte[] {VERSION_4_REQUEST, 0, 0, 0, OPCODE_OPTIONS, 0, 0, 0, 0});
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      byte[] header = new byte[9];
      in.readFully(header);
      return header[0] == VERSION_4_RESPONSE && header[4] == OPCODE_SUPPORTED;
    } catch (IOException e) {
      return false;
    }
  }

  /** True when something accepts connections on the address. */
  static boolean accepts(InetSocketAddress address, Duration timeout) {
    try (Socket socket = new Socket()) {
      socket.connect(address, (int) Math.max(1, timeout.toMillis()));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
