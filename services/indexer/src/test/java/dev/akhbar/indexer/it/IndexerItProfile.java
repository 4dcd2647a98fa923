package dev.akhbar.indexer.it;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** One profile for every IT, so Quarkus boots once for all of them. */
public class IndexerItProfile implements QuarkusTestProfile {
  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(RealInfrastructure.class));
  }
}
