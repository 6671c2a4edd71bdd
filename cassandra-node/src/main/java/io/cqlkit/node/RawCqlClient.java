package io.cqlkit.node;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A minimal CQL native protocol v4 client for this driver-free module (the ring's readiness check
 * and the tests): STARTUP, then simple QUERY requests at consistency ONE.
 */
final class RawCqlClient implements AutoCloseable {
  private static final int OPCODE_ERROR = 0x00;
  private static final int OPCODE_STARTUP = 0x01;
  private static final int OPCODE_READY = 0x02;
  private static final int OPCODE_QUERY = 0x07;
  private static final int OPCODE_RESULT = 0x08;
  private static final int RESULT_ROWS = 2;

  private final Socket socket;
  private final DataInputStream in;
  private final DataOutputStream out;

  private RawCqlClient(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(socket.getInputStream());
    this.out = new DataOutputStream(socket.getOutputStream());
  }

  static RawCqlClient connect(InetSocketAddress address) throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(address, 5_000);
      socket.setSoTimeout(30_000);
      return startup(socket);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  private static RawCqlClient startup(Socket socket) throws IOException {
    RawCqlClient client = new RawCqlClient(socket);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(body);
    data.writeShort(1);
    writeString(data, "CQL_VERSION");
    writeString(data, "3.0.0");
    int opcode = client.send(OPCODE_STARTUP, body.toByteArray()).opcode;
    if (opcode != OPCODE_READY) {
      client.close();
      throw new IOException("STARTUP answered with opcode " + opcode + " instead of READY");
    }
    return client;
  }

  /** Runs the query at consistency ONE; returns its rows, each cell decoded as UTF-8 text (null stays null). */
  List<List<String>> query(String cql) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (List<byte[]> cells : queryBytes(cql)) {
      List<String> row = new ArrayList<>();
      for (byte[] cell : cells) {
        row.add(cell == null ? null : new String(cell, StandardCharsets.UTF_8));
      }
      rows.add(row);
    }
    return rows;
  }

  /** Runs the query at consistency ONE; returns its rows as the cells' raw bytes (null stays null). */
  List<List<byte[]>> queryBytes(String cql) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(body);
    byte[] text = cql.getBytes(StandardCharsets.UTF_8);
    data.writeInt(text.length);
    data.write(text);
    data.writeShort(0x0001); // ONE
    data.writeByte(0); // no flags
    Frame response = send(OPCODE_QUERY, body.toByteArray());
    DataInputStream result = new DataInputStream(new java.io.ByteArrayInputStream(response.body));
    if (response.opcode == OPCODE_ERROR) {
      int code = result.readInt();
      throw new IOException("error 0x" + Integer.toHexString(code) + " for '" + cql + "': " + readString(result));
    }
    if (response.opcode != OPCODE_RESULT) {
      throw new IOException("unexpected opcode " + response.opcode + " for '" + cql + "'");
    }
    if (result.readInt() != RESULT_ROWS) {
      return Collections.emptyList(); // void, set keyspace, schema change
    }
    int flags = result.readInt();
    int columns = result.readInt();
    if ((flags & 0x0002) != 0) {
      readBytes(result); // paging state
    }
    if ((flags & 0x0004) == 0) {
      boolean global = (flags & 0x0001) != 0;
      if (global) {
        readString(result);
        readString(result);
      }
      for (int i = 0; i < columns; i++) {
        if (!global) {
          readString(result);
          readString(result);
        }
        readString(result); // name
        skipType(result);
      }
    }
    int count = result.readInt();
    List<List<byte[]>> rows = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      List<byte[]> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        row.add(readBytes(result));
      }
      rows.add(row);
    }
    return rows;
  }

  private static void skipType(DataInputStream in) throws IOException {
    int id = in.readUnsignedShort();
    if (id == 0x0000) {
      readString(in); // custom
    } else if (id == 0x0020 || id == 0x0022) {
      skipType(in); // list, set
    } else if (id == 0x0021) {
      skipType(in); // map
      skipType(in);
    } else if (id >= 0x0030) {
      throw new IOException("user types and tuples are not supported by this client");
    }
  }

  private Frame send(int opcode, byte[] body) throws IOException {
    out.writeByte(0x04);
    out.writeByte(0);
    out.writeShort(0);
    out.writeByte(opcode);
    out.writeInt(body.length);
    out.write(body);
    out.flush();
    in.readUnsignedByte(); // version
    int flags = in.readUnsignedByte();
    in.readShort(); // stream
    int responseOpcode = in.readUnsignedByte();
    byte[] responseBody = new byte[in.readInt()];
    in.readFully(responseBody);
    if ((flags & 0x08) != 0) { // warnings come first in the body
      DataInputStream data = new DataInputStream(new java.io.ByteArrayInputStream(responseBody));
      int warnings = data.readUnsignedShort();
      for (int i = 0; i < warnings; i++) {
        readString(data);
      }
      responseBody = data.readAllBytes();
    }
    return new Frame(responseOpcode, responseBody);
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeShort(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readUnsignedShort()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private static final class Frame {
    final int opcode;
    final byte[] body;

    Frame(int opcode, byte[] body) {
      this.opcode = opcode;
      this.body = body;
    }
  }
}
