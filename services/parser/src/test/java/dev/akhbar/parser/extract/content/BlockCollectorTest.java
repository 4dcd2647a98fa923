package dev.akhbar.parser.extract.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BlockCollectorTest {
  @Test
  void nonSpaceCountsWhatCharacterIsWhitespaceDoesNotTakeForSpace() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      int expected = Character.isWhitespace(c) ? 2 : 3;
      assertEquals(expected, BlockCollector.nonSpace("a" + c + "b"), "U+" + Integer.toHexString(c));
    }
  }
}
