package dev.akhbar.indexer.it;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.indexer.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One article per month from 1900 to two years ahead, plus absurd years: a bounded set of indices
 * on the real node (the window of recent years, the next year, the archive), each article once.
 */
@QuarkusTest
@TestProfile(IndexerItProfile.class)
class HostileDatesIT {
  @Inject ElasticsearchClient es;

  @Test
  void datesFrom1900ToTheFutureMakeABoundedNumberOfIndices() throws Exception {
    Instant fetched = Instant.now();
    int fetchYear = fetched.atOffset(ZoneOffset.UTC).getYear();
    List<EnrichedArticle> events = new ArrayList<>();
    OffsetDateTime month = OffsetDateTime.of(1900, 1, 10, 12, 0, 0, 0, ZoneOffset.UTC);
    OffsetDateTime end = fetched.atOffset(ZoneOffset.UTC).plusYears(2);
    while (month.isBefore(end)) {
      events.add(article(fetched, month));
      month = month.plusMonths(1);
    }
    events.add(article(fetched, OffsetDateTime.parse("0001-01-01T00:00:00Z")));
    events.add(article(fetched, OffsetDateTime.parse("9999-12-31T00:00:00+14:00")));
    try (Pipeline pipeline = new Pipeline(es)) {
      pipeline.sendAll(events);
      pipeline.awaitEachIndexedOnce(events, Duration.ofSeconds(120));
    }
    Set<String> indices =
        new TreeSet<>(
            es.indices().get(g -> g.index(RealInfrastructure.ALIAS + "-*")).indices().keySet());
    indices.removeIf(i -> i.matches(".*-\\d{4}\\.\\d{2}")); // a legacy monthly index of IndexingIT
    Set<String> window = new TreeSet<>();
    for (int y = fetchYear - 10; y <= fetchYear + 1; y++) {
      window.add(RealInfrastructure.ALIAS + "-" + y);
    }
    window.add(RealInfrastructure.ALIAS + "-archive");
    assertThat(events).hasSizeGreaterThan(1500);
    assertThat(indices)
        .as("%d dates, at most %d indices", events.size(), window.size())
        .hasSizeLessThanOrEqualTo(13)
        .isSubsetOf(window)
        .contains(
            RealInfrastructure.ALIAS + "-archive", RealInfrastructure.ALIAS + "-" + fetchYear);
  }

  private static EnrichedArticle article(Instant fetched, OffsetDateTime published) {
    return TestEvents.article(
        Pipeline.newId(), "fr", "Date " + published, "Texte", fetched, published, List.of());
  }
}
