package dev.akhbar.search.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads back a request parameter that arrived as raw UTF-8 bytes instead of percent-escapes (curl
 * sends what is typed): the HTTP layer hands each byte over as one ISO-8859-1 character, so
 * «دبلوماسي» arrives as «Ø¯Ø¨...». When every character is a byte and the bytes are valid UTF-8
 * with at least one multi-byte sequence, the UTF-8 text is what was meant; anything else is left as
 * it came.
 */
final class RawUtf8 {
  private RawUtf8() {}

  static String repair(String value) {
    if (value == null) {
      return null;
    }
    boolean high = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 0xFF) {
        return value;
      }
      high |= c >= 0x80;
    }
    if (!high) {
      return value;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return value;
    }
  }

  static List<String> repair(List<String> values) {
    return values == null ? null : values.stream().map(RawUtf8::repair).toList();
  }
}
