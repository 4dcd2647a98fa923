package dev.akhbar.indexer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import dev.akhbar.indexer.elasticsearch.ClosedIndexMerger;
import dev.akhbar.indexer.index.ClosedIndexMerges;
import dev.akhbar.indexer.index.IndexNames;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The indices of ended years are merged to one segment on the real node; the current one not. */
@QuarkusTest
@TestProfile(IndexerItProfile.class)
class ClosedIndexMergeIT {
  @Inject ElasticsearchClient es;

  @Test
  void mergesAQuietIndexOfAnEndedYearToOneSegmentAndLeavesTheCurrentYear() throws Exception {
    IndexNames names = new IndexNames("akhbar-merge-" + RealInfrastructure.RUN);
    Instant now = Instant.now();
    int thisYear = now.atOffset(ZoneOffset.UTC).getYear();
    String closed = names.yearly(2020);
    String current = names.yearly(thisYear);
    try {
      for (String index : List.of(closed, current)) {
        es.indices().create(c -> c.index(index));
        for (int batch = 0; batch < 4; batch++) {
          int b = batch;
          es.bulk(
              r -> {
                r.index(index).refresh(Refresh.True);
                for (int i = 0; i < 20; i++) {
                  String id = b + "-" + i;
                  r.operations(o -> o.index(x -> x.id(id).document(Map.of("title", "t " + id))));
                }
                return r;
              });
        }
        assertThat(segments(index)).as(index + " written in four refreshed batches").isEqualTo(4);
      }
      ClosedIndexMerger merger =
          new ClosedIndexMerger(
              es, names, new ClosedIndexMerges(names, Duration.ofDays(7)), Clock.systemUTC());

      assertThat(merger.look()).as("first look: nothing to compare the writes with").isEmpty();
      assertThat(merger.look()).containsExactly(closed);
      await()
          .atMost(Duration.ofMinutes(1))
          .untilAsserted(() -> assertThat(segments(closed)).isEqualTo(1));
      assertThat(segments(current)).as("the current year is still written to").isEqualTo(4);
      assertThat(es.count(c -> c.index(closed)).count()).isEqualTo(80);
      await()
          .atMost(Duration.ofMinutes(1))
          .untilAsserted(() -> assertThat(merger.look()).as("nothing left to merge").isEmpty());
    } finally {
      es.indices().delete(d -> d.index(List.of(closed, current)).ignoreUnavailable(true));
    }
  }

  private long segments(String index) throws Exception {
    return es.indices()
        .stats(s -> s.index(index).metric("segments"))
        .indices()
        .get(index)
        .primaries()
        .segments()
        .count();
  }
}
