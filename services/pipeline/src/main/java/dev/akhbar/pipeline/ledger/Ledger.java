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
  private final java.util.List<String> order =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());
  private int cursor;

  public void fed(Page page, Instant at) {
    if (fed.putIfAbsent(page.id(), new Fed(page.url(), at)) == null) {
      order.add(page.id());
    }
  }

  /**
   * Up to {@code limit} ids, in feed order, for which {@code done} is false; the ids before the
   * first of them are done and never looked at again.
   */
  public synchronized java.util.List<String> pending(
      int limit, java.util.function.Predicate<String> done) {
    java.util.List<String> result = new java.util.ArrayList<>();
    synchronized (order) {
      while (cursor < order.size() && done.test(order.get(cursor))) {
        cursor++;
      }
      for (int i = cursor; i < order.size() && result.size() < limit; i++) {
        String id = order.get(i);
        if (!done.test(id)) {
          result.add(id);
        }
      }
    }
    return result;
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
