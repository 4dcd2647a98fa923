package dev.akhbar.pipeline.ledger;

import dev.akhbar.pipeline.pages.Page;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The pages a run fed, by article id: what must end up indexed or dead-lettered. */
public final class Ledger {
  /** One page fed: its URL and when it was handed over. */
  public record Fed(String url, Instant at) {}

  private final Map<String, Fed> fed = new ConcurrentHashMap<>();

  public void fed(Page page, Instant at) {
    fed.putIfAbsent(page.id(), new Fed(page.url(), at));
  }

  public int size() {
    return fed.size();
  }

  public Set<String> ids() {
    return fed.keySet();
  }

  public boolean contains(String id) {
    return fed.containsKey(id);
  }

  public Fed get(String id) {
    return fed.get(id);
  }
}
