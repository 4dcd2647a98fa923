package dev.akhbar.fetcher.fetch;

import dev.akhbar.events.Url;
import java.util.ArrayList;
import java.util.List;

/**
 * The redirect chain of one URL, carried across hosts: the URLs visited (loop detection) and the
 * number of redirects followed (the cap counts the whole chain).
 */
public final class Redirects {
  /** What to do with a redirect target. */
  public enum Decision {
    /** Same host, allowed: follow it now, in this host's slot. */
    FOLLOW,
    /** Same host, but robots.txt disallows it. */
    DISALLOWED,
    /** Another host: hand it back to the crawler, to be fetched in that host's slot. */
    ELSEWHERE
  }

  /** Decides per redirect target. */
  @FunctionalInterface
  public interface Policy {
    Decision decide(Url target);
  }

  /** Thrown when a redirect leads to another host; the crawler queues the target there. */
  public static final class ElsewhereException extends FetchException {
    private final Url target;

    public ElsewhereException(Url target) {
      super("Redirected to another host: " + target, false, 0, null);
      this.target = target;
    }

    public Url target() {
      return target;
    }
  }

  private final List<String> visited = new ArrayList<>();
  private int followed;

  /** A point to return to when an attempt fails and will be retried from the same URL. */
  record Checkpoint(int visited, int followed) {}

  Checkpoint checkpoint() {
    return new Checkpoint(visited.size(), followed);
  }

  void rollback(Checkpoint c) {
    visited.subList(c.visited(), visited.size()).clear();
    followed = c.followed();
  }

  /** Records a visit; false when the URL was already visited (a loop). */
  boolean visit(Url url) {
    String exact = url.uri().toString();
    if (visited.contains(exact)) {
      return false;
    }
    return visited.add(exact);
  }

  int followed() {
    return followed;
  }

  void follow() {
    followed++;
  }
}
