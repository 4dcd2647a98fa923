package dev.akhbar.indexer.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The indexer with names of its own, talking to the real node through a {@link FaultProxy} that
 * checks the API key the indexer is configured with ({@code akhbar.es.api-key}).
 */
public class ProxiedInfrastructure extends RealInfrastructure {
  static final TestNames NAMES = TestNames.create("proxied");
  static final String API_KEY = "YWtoYmFyLWl0OnNlY3JldA=="; // base64 of akhbar-it:secret
  static volatile FaultProxy proxy;

  @Override
  TestNames names() {
    return NAMES;
  }

  @Override
  String indexerEsUrl() {
    return proxy.url();
  }

  @Override
  public Map<String, String> start() {
    try {
      proxy = new FaultProxy(esUrl(), API_KEY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Failsafe passes the node's URL as the system property akhbar.es.url, which outranks what a
    // test resource returns: point it at the proxy for this boot (restored in stop()).
    System.setProperty("akhbar.es.url", proxy.url());
    Map<String, String> config = super.start();
    config.put("akhbar.es.api-key", API_KEY);
    return config;
  }

  @Override
  public void stop() {
    System.setProperty("akhbar.es.url", esUrl());
    super.stop();
    if (proxy != null) {
      proxy.close();
    }
  }
}
