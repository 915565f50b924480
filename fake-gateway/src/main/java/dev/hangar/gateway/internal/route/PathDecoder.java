package dev.hangar.gateway.internal.route;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding as API Gateway applies it to path parameters and query strings. A malformed
 * escape or bytes that are not UTF-8 make the request a bad request rather than a garbled value.
 */
public final class PathDecoder {
  private PathDecoder() {}

  /**
   * Decodes {@code %XX} escapes; {@code +} stays a plus, as in a path.
   *
   * @param raw the raw text
   * @return the decoded text
   * @throws MalformedEncodingException when an escape is malformed or the bytes are not UTF-8
   */
  public static String decodePath(String raw) {
    return decode(raw, false);
  }

  /**
   * Decodes {@code %XX} escapes and {@code +} as a space, as in a query string.
   *
   * @param raw the raw text
   * @return the decoded text
   * @throws MalformedEncodingException when an escape is malformed or the bytes are not UTF-8
   */
  public static String decodeQuery(String raw) {
    return decode(raw, true);
  }

  private static String decode(String raw, boolean plusIsSpace) {
    if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          throw new MalformedEncodingException(raw);
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new MalformedEncodingException(raw);
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(utf8);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedEncodingException(raw);
    }
  }

  /** A percent-encoding API Gateway cannot decode. */
  public static final class MalformedEncodingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedEncodingException(String raw) {
      super("Malformed percent-encoding in '" + raw + "'", null, false, false);
    }
  }
}
