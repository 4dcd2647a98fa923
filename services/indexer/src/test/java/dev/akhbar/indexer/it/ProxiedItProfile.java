package dev.akhbar.indexer.it;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The indexer behind a {@link FaultProxy}: a second boot, for the credential tests only. */
public class ProxiedItProfile implements QuarkusTestProfile {
  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(ProxiedInfrastructure.class));
  }
}
