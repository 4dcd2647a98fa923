package dev.akhbar.infra.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicSpecTest {

  /** The event contract's list, relative to this module (deploy/local/kafka). */
  private static final Path CONTRACT =
      Path.of("../../../services/events/src/main/resources/dev/akhbar/events/topics.tsv");

  @Test
  void parsesTopicsWithPartitionsAndConfigs() throws Exception {
    try (Reader reader =
        new InputStreamReader(
            TopicSpecTest.class.getResourceAsStream("/topics-sample.tsv"),
            StandardCharsets.UTF_8)) {
      List<TopicSpec> specs = TopicSpec.parse(reader);
      assertEquals(9, specs.size());
      TopicSpec raw =
          specs.stream()
              .filter(s -> s.name().equals("akhbar.pages.raw.v1"))
              .findFirst()
              .orElseThrow();
      assertEquals(3, raw.partitions());
      assertEquals(
          Map.of("max.message.bytes", "16777216", "compression.type", "producer"), raw.configs());
    }
  }

  @Test
  void parsesTheEventContractTopicList() throws Exception {
    assumeTrue(Files.exists(CONTRACT), "no event contract next to deploy/local");
    try (Reader reader = Files.newBufferedReader(CONTRACT, StandardCharsets.UTF_8)) {
      List<TopicSpec> specs = TopicSpec.parse(reader);
      assertFalse(specs.isEmpty());
      assertTrue(specs.stream().allMatch(s -> s.name().startsWith("akhbar.")), specs::toString);
    }
  }

  @Test
  void dashMeansNoConfigAndCommentsAreSkipped() throws Exception {
    List<TopicSpec> specs =
        TopicSpec.parse(new StringReader("# header\n\na.v1\t1\t-  # trailing\nb.v1 2\n"));
    assertEquals(
        List.of(new TopicSpec("a.v1", 1, Map.of()), new TopicSpec("b.v1", 2, Map.of())), specs);
  }

  @Test
  void rejectsMalformedLinesWithTheLineNumber() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TopicSpec.parse(new StringReader("ok.v1\t1\t-\nbad.v1\tthree\t-\n")));
    assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> TopicSpec.parse(new StringReader("x\t1\tnovalue\n")));
    assertThrows(
        IllegalArgumentException.class, () -> TopicSpec.parse(new StringReader("x\t0\t-\n")));
  }
}
