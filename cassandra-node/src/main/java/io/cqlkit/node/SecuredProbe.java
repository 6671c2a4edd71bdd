package io.cqlkit.node;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.SocketFactory;

/**
 * Readiness of a node with {@link NodeSecurity}: over TLS when the native port requires it, the
 * node answers STARTUP, and with password authentication the default superuser logs in (native
 * protocol v4: STARTUP, AUTHENTICATE, AUTH_RESPONSE, AUTH_SUCCESS). Cassandra creates that role
 * shortly after it opens its port; until then a login fails, so this is the wait without a fixed delay.
 */
final class SecuredProbe {
  private static final byte VERSION_4_REQUEST = 0x04;
  private static final byte OPCODE_ERROR = 0x00;
  private static final byte OPCODE_STARTUP = 0x01;
  private static final byte OPCODE_READY = 0x02;
  private static final byte OPCODE_AUTHENTICATE = 0x03;
  private static final byte OPCODE_AUTH_RESPONSE = 0x0F;
  private static final byte OPCODE_AUTH_SUCCESS = 0x10;

  private SecuredProbe() {}

  /** True when the node serves CQL as {@code security} says: TLS if on, and the superuser's login if on. */
  static boolean ready(InetSocketAddress address, NodeSecurity security, Duration timeout) {
    SocketFactory sockets = security.keyStore().isPresent()
        ? security.keyStore().get().sslContext().getSocketFactory()
        : SocketFactory.getDefault();
    int millis = (int) Math.max(1, timeout.toMillis());
    try (Socket socket = sockets.createSocket()) {
      socket.connect(address, millis);
      socket.setSoTimeout(millis);
      OutputStream out = socket.getOutputStream();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      send(out, OPCODE_STARTUP, stringMap("CQL_VERSION", "3.0.0"));
      byte answer = receive(in);
      if (answer == OPCODE_READY) {
        return !security.authenticates(); // an authenticating node must ask for credentials
      }
      if (answer != OPCODE_AUTHENTICATE) {
        return false;
      }
      send(out, OPCODE_AUTH_RESPONSE,
          bytes(("\0" + NodeSecurity.SUPERUSER + "\0" + NodeSecurity.SUPERUSER_PASSWORD)
              .getBytes(StandardCharsets.UTF_8)));
      return receive(in) == OPCODE_AUTH_SUCCESS;
    } catch (IOException | RuntimeException e) {
      return false; // not yet (or TLS refused): the caller polls until its deadline
    }
  }

  private static void send(OutputStream out, byte opcode, byte[] body) throws IOException {
    DataOutputStream frame = new DataOutputStream(out);
    frame.writeByte(VERSION_4_REQUEST);
    frame.writeByte(0); // flags
    frame.writeShort(0); // stream id
    frame.writeByte(opcode);
    frame.writeInt(body.length);
    frame.write(body);
    frame.flush();
  }

  /** Reads one frame and returns its opcode (e.g. ERROR for a refused login); the body is dropped. */
  private static byte receive(DataInputStream in) throws IOException {
    byte[] header = new byte[9];
    in.readFully(header);
    int length = ((header[5] & 0xff) << 24) | ((header[6] & 0xff) << 16) | ((header[7] & 0xff) << 8) | (header[8] & 0xff);
    if (length < 0 || length > (1 << 20)) {
      throw new IOException("unexpected frame length " + length);
    }
    in.readFully(new byte[length]);
    return header[4];
  }

  private static byte[] stringMap(String key, String value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeShort(1);
    writeString(out, key);
    writeString(out, value);
    return bytes.toByteArray();
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeShort(utf8.length);
    out.write(utf8);
  }

  private static byte[] bytes(byte[] value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(value.length);
    out.write(value);
    return bytes.toByteArray();
  }
}
