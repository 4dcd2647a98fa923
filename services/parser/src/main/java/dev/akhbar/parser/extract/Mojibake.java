package dev.akhbar.parser.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text whose UTF-8 bytes were read as Latin-1 or Windows-1252, read again as UTF-8. */
final class Mojibake {
  private Mojibake() {}

  /**
   * "Investorâ\u0080\u0099s" -> "Investor’s": a title whose UTF-8 bytes were read as Latin-1 (or
   * Windows-1252) is read again as UTF-8. Taken only when every character is one byte in that
   * reading and the bytes are valid UTF-8 ("Café" stays as it is).
   */
  static String repair(String s) {
    if (!looksLikeMojibake(s)) {
      return s;
    }
    byte[] bytes = new byte[s.length()];
    for (int i = 0; i < s.length(); i++) {
      int b = latinByte(s.charAt(i));
      if (b < 0) {
        return s;
      }
      bytes[i] = (byte) b;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return s;
    }
  }

  /** A lead byte of a UTF-8 sequence (Ã, â, ...) followed by a continuation byte. */
  private static boolean looksLikeMojibake(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xC2 && c <= 0xF4 && isContinuation(latinByte(s.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isContinuation(int b) {
    return b >= 0x80 && b <= 0xBF;
  }

  /** The byte a character was read from as Latin-1 or Windows-1252, or -1. */
  private static int latinByte(char c) {
    if (c <= 0xFF) {
      return c;
    }
    int i = CP1252_HIGH.indexOf(c);
    return i < 0 ? -1 : 0x80 + i;
  }

  /** Windows-1252 characters of bytes 0x80-0x9F (a space where the byte is undefined). */
  private static final String CP1252_HIGH =
      "\u20ac \u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152 \u017d "
          + " \u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153 \u017e\u0178";
}
