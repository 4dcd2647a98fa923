package dev.akhbar.indexer.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The indexer with names of its own, talking to the real node through a {@link FaultProxy} that
 * checks its API key. The key is configured both ways the prod profile offers: {@code
 * akhbar.es.api-key} and {@code akhbar.es.api-key-file} (a file the test rewrites to rotate it).
 */
public class ProxiedInfrastructure extends RealInfrastructure {
  static final TestNames NAMES = TestNames.create("proxied");
  static final String API_KEY = "YWtoYmFyLWl0OnNlY3JldA=="; // base64 of akhbar-it:secret
  static final String ROTATED_API_KEY = "YWtoYmFyLWl0Om5ldy1zZWNyZXQ="; // akhbar-it:new-secret
  static volatile FaultProxy proxy;
  static volatile Path keyFile;

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
    try {
      keyFile = Files.createTempFile("akhbar-it-api-key", "");
      Files.writeString(keyFile, API_KEY + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> config = super.start();
    config.put("akhbar.es.api-key", API_KEY);
    config.put("akhbar.es.api-key-file", keyFile.toString());
    return config;
  }

  @Override
  public void stop() {
    System.setProperty("akhbar.es.url", esUrl());
    super.stop();
    if (proxy != null) {
      proxy.close();
    }
    try {
      Files.deleteIfExists(keyFile);
    } catch (IOException e) {
      System.err.println("Could not delete " + keyFile + ": " + e);
    }
  }
}
