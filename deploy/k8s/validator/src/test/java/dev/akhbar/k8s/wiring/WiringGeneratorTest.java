package dev.akhbar.k8s.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.k8s.Manifests;
import dev.akhbar.k8s.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WiringGeneratorTest {
  static final Repo REPO = Repo.locate();

  @Test
  void theGeneratedFilesInDeployK8sAreCurrent() {
    assertThat(WiringGenerator.stale(REPO)).isEmpty();
  }

  @Test
  void theEnricherMayDoExactlyWhatItDeclaresStoryReplayIncluded() {
    assertThat(acls(WiringGenerator.generate(REPO).get("base/enricher/kafkauser.yaml")))
        .containsExactly(
            "topic akhbar.articles.parsed.v1 literal [Read, Describe]",
            "topic akhbar.enricher.dlq.v1 literal [Write, Describe]",
            "topic akhbar.articles.enriched.v1 literal [Read, Write, Describe]",
            "group akhbar-enricher literal [Read]");
  }

  @Test
  void aConsumerTeamMayReadItsTopicsInItsOwnGroupsOnly() {
    assertThat(
            acls(
                WiringGenerator.generate(REPO)
                    .get("components/consumers/example-team-kafkauser.yaml")))
        .containsExactly(
            "topic akhbar.articles.enriched.v1 literal [Read, Describe]",
            "group example-team. prefix [Read]");
  }

  @Test
  void deletingAChannelDeclarationChangesTheGeneratedKafkaUser(@TempDir Path tmp)
      throws IOException {
    Repo copy = copyOfRepo(tmp);
    Path props = tmp.resolve("services/enricher/src/main/resources/application.properties");
    List<String> kept =
        Files.readAllLines(props).stream()
            .filter(l -> !l.startsWith("mp.messaging.incoming.parsed-articles."))
            .toList();
    Files.write(props, kept);
    List<String> acls = acls(WiringGenerator.generate(copy).get("base/enricher/kafkauser.yaml"));
    assertThat(acls)
        .containsExactly("topic akhbar.articles.enriched.v1 literal [Read, Write, Describe]");
    assertThat(WiringGenerator.stale(copy))
        .contains(
            "deploy/k8s/base/enricher/kafkauser.yaml is not what make k8s-generate makes of the"
                + " declarations");
  }

  @Test
  void deletingAClientDeclarationChangesTheGeneratedKafkaUser(@TempDir Path tmp)
      throws IOException {
    Repo copy = copyOfRepo(tmp);
    Path props = tmp.resolve("services/fetcher/src/main/resources/application.properties");
    List<String> kept =
        Files.readAllLines(props).stream()
            .filter(l -> !l.startsWith("akhbar.kafka.client.seen-store."))
            .toList();
    Files.write(props, kept);
    assertThat(acls(WiringGenerator.generate(REPO).get("base/fetcher/kafkauser.yaml")))
        .contains("topic akhbar.fetch.seen.v1 literal [Read, Write, Describe]");
    assertThat(acls(WiringGenerator.generate(copy).get("base/fetcher/kafkauser.yaml")))
        .noneMatch(acl -> acl.contains("akhbar.fetch.seen.v1"));
    assertThat(WiringGenerator.stale(copy))
        .contains(
            "deploy/k8s/base/fetcher/kafkauser.yaml is not what make k8s-generate makes of the"
                + " declarations");
  }

  @Test
  void refusesDeclarationsThatCannotBeDeployed(@TempDir Path tmp) throws IOException {
    Repo copy = copyOfRepo(tmp);
    Path wiring = tmp.resolve("deploy/k8s/wiring");
    Files.writeString(
        wiring.resolve("services/parser.properties"),
        """
        env.AKHBAR_NOT_READ=x
        akhbar.kafka.client.spy.topic=akhbar.nowhere.v1
        akhbar.kafka.client.spy.access=write
        """);
    Files.writeString(
        wiring.resolve("consumers/akhbar-sneaky.properties"),
        """
        read=akhbar.fetch.seen.v1
        group.prefix=akhbar-
        """);
    Path enricher = tmp.resolve("services/enricher/src/main/resources/application.properties");
    Files.writeString(
        enricher,
        Files.readString(enricher)
            + "mp.messaging.outgoing.enriched-articles.max.request.size=16777216\n");
    assertThatThrownBy(() -> WiringGenerator.generate(copy))
        .hasMessageContaining("AKHBAR_NOT_READ is not read by parser")
        .hasMessageContaining(
            "akhbar.kafka.client.spy.topic belongs in services/parser's application.properties")
        .hasMessageContaining("akhbar.fetch.seen.v1 is not a topic of the event contract")
        .hasMessageContaining("a team name is a DNS label that does not start with akhbar")
        .hasMessageContaining("group.prefix must start with")
        .hasMessageContaining(
            "akhbar-enricher may send records of 16777216 bytes to akhbar.articles.enriched.v1");
  }

  @Test
  void removesTheUserOfATeamNoLongerDeclared(@TempDir Path tmp) throws IOException {
    Repo copy = copyOfRepo(tmp);
    Files.delete(tmp.resolve("deploy/k8s/wiring/consumers/example-team.properties"));
    assertThat(WiringGenerator.stale(copy))
        .contains(
            "deploy/k8s/components/consumers/example-team-kafkauser.yaml was generated but nothing"
                + " declares it any more");
  }

  /** "type name patternType [ops]" for each ACL rule of a generated KafkaUser. */
  static List<String> acls(String kafkaUser) {
    JsonNode user = Manifests.documents(kafkaUser).get(0);
    List<String> rules = new ArrayList<>();
    for (JsonNode rule : user.at("/spec/authorization/acls")) {
      JsonNode r = rule.path("resource");
      List<String> ops = new ArrayList<>();
      rule.path("operations").forEach(o -> ops.add(o.asText()));
      rules.add(
          r.path("type").asText()
              + " "
              + r.path("name").asText()
              + " "
              + r.path("patternType").asText()
              + " "
              + ops);
    }
    return rules;
  }

  /** deploy/k8s and the services' application.properties, copied to {@code tmp}. */
  static Repo copyOfRepo(Path tmp) throws IOException {
    copyTree(REPO.k8s(), tmp.resolve("deploy/k8s"), "validator");
    for (String s : Repo.SERVICES) {
      Path p = Path.of("services", s, "src/main/resources/application.properties");
      Files.createDirectories(tmp.resolve(p).getParent());
      Files.copy(REPO.root().resolve(p), tmp.resolve(p));
    }
    Files.createDirectories(tmp.resolve("services"));
    return new Repo(tmp);
  }

  private static void copyTree(Path from, Path to, String skip) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path rel = from.relativize(f);
        if (rel.startsWith(skip)) {
          continue;
        }
        if (Files.isDirectory(f)) {
          Files.createDirectories(to.resolve(rel));
        } else {
          Files.copy(f, to.resolve(rel));
        }
      }
    }
  }
}
