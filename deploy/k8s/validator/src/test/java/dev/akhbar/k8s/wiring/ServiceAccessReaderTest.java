package dev.akhbar.k8s.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.k8s.ServiceConfig;
import dev.akhbar.k8s.wiring.KafkaAccess.Op;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceAccessReaderTest {

  static ServiceConfig service(Path repo, String name, String properties) throws IOException {
    Path dir = repo.resolve("services/" + name + "/src/main/resources");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("application.properties"), properties);
    return ServiceConfig.load(repo, name).orElseThrow();
  }

  @Test
  void readsChannelsDeadLettersAndDeclaredClientsOfTheProdProfile(@TempDir Path repo)
      throws IOException {
    ServiceConfig svc =
        service(
            repo,
            "demo",
            """
            quarkus.application.name=akhbar-demo
            mp.messaging.incoming.in.connector=smallrye-kafka
            mp.messaging.incoming.in.topic=akhbar.in.v1
            mp.messaging.incoming.in.failure-strategy=dead-letter-queue
            mp.messaging.incoming.in.dead-letter-queue.topic=akhbar.demo.dlq.v1
            mp.messaging.incoming.in.dead-letter-queue.max.request.size=17825792
            mp.messaging.incoming.other.connector=smallrye-kafka
            mp.messaging.incoming.other.group.id=${DEMO_GROUP:other-group}
            mp.messaging.incoming.other.dead-letter-queue.topic=akhbar.ignored.v1
            mp.messaging.outgoing.out.connector=smallrye-kafka
            mp.messaging.outgoing.out.topic=akhbar.out.v1
            mp.messaging.outgoing.out.max.request.size=16777216
            %test.mp.messaging.outgoing.mem.connector=smallrye-in-memory
            akhbar.kafka.client.replay.topic=${mp.messaging.outgoing.out.topic}
            akhbar.kafka.client.replay.access=read
            akhbar.kafka.client.state.topic=akhbar.state.v1
            akhbar.kafka.client.state.access=read-write
            """);
    KafkaAccess access = ServiceAccessReader.read(svc);
    assertThat(access.principal()).isEqualTo("akhbar-demo");
    assertThat(access.topics())
        .containsEntry("akhbar.in.v1", Set.of(Op.READ))
        .containsEntry("akhbar.demo.dlq.v1", Set.of(Op.WRITE))
        .containsEntry("other", Set.of(Op.READ)) // SmallRye's default: the channel name
        .containsEntry("akhbar.out.v1", Set.of(Op.WRITE, Op.READ))
        .containsEntry("akhbar.state.v1", Set.of(Op.READ, Op.WRITE))
        .doesNotContainKey("akhbar.ignored.v1"); // no dead-letter-queue failure strategy
    assertThat(access.groups()).containsOnlyKeys("akhbar-demo", "other-group");
    assertThat(access.groupReads()).containsExactlyInAnyOrder("akhbar.in.v1", "other");
    assertThat(access.maxRequestSizes())
        .containsEntry("akhbar.demo.dlq.v1", 17825792L)
        .containsEntry("akhbar.out.v1", 16777216L);
    assertThat(access.declarations()).contains("client replay: read akhbar.out.v1");
  }

  @Test
  void refusesWhatCannotBeGrantedLiterally(@TempDir Path repo) throws IOException {
    ServiceConfig pattern =
        service(
            repo,
            "demo",
            """
            mp.messaging.incoming.in.connector=smallrye-kafka
            mp.messaging.incoming.in.pattern=true
            """);
    assertThatThrownBy(() -> ServiceAccessReader.read(pattern))
        .hasMessageContaining("cannot be granted literally");
    ServiceConfig noAccess = service(repo, "demo2", "akhbar.kafka.client.x.topic=akhbar.x.v1\n");
    assertThatThrownBy(() -> ServiceAccessReader.read(noAccess))
        .hasMessageContaining("akhbar.kafka.client.x.access is missing");
  }
}
