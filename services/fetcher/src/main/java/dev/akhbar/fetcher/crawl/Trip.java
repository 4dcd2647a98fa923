package dev.akhbar.fetcher.crawl;

import dev.akhbar.events.Url;
import dev.akhbar.fetcher.crawl.HostScheduler.Turn;
import dev.akhbar.fetcher.durable.DurableWrites;
import dev.akhbar.fetcher.fetch.Conditional;
import dev.akhbar.fetcher.fetch.FetchException;
import dev.akhbar.fetcher.fetch.FetchKind;
import dev.akhbar.fetcher.fetch.FetchResponse;
import dev.akhbar.fetcher.fetch.Redirects;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * One URL's way through the crawler, the flow pages and resources share: (a page's own check
 * first,) robots.txt when the host's rules are not known, refused by them, the request, then the
 * response, a retry, a hand-over to the host a redirect leads to, or giving up. The decisions are
 * {@link FetchPolicy}'s; what happens to a response or a give-up is the subclass's. The URL is
 * parsed once, when the trip is created; a redirect hand-over carries its parsed target.
 */
abstract class Trip implements HostScheduler.Task {
  private static final Logger LOG = Logger.getLogger(Trip.class);
  final TripContext ctx;

  /** Where the trip is now: the URL asked for, or the redirect target it was handed to. */
  Url url;

  int attempts;
  final Redirects chain = new Redirects();

  Trip(TripContext ctx, Url url) {
    this.ctx = ctx;
    this.url = url;
  }

  /** A step before robots.txt and the request (a page: the seen check); null to go on. */
  abstract Turn beforeRequest();

  abstract FetchKind kind();

  abstract Conditional conditional();

  /** A 2xx or 304 response. */
  abstract void answered(FetchResponse response);

  /** The trip ends without a response (reason for the dead letter; cause, or null). */
  abstract void giveUp(String reason, Throwable cause);

  /**
   * One step in the host's slot. An unexpected failure gives the URL up with the reason (a dead
   * letter); only a stop while the log is unavailable leaves it undone (cancelled).
   */
  @Override
  public final Turn run() {
    try {
      return step();
    } catch (DurableWrites.Aborted e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.errorf(e, "Crawler trip for %s failed", url);
      giveUp("Internal error: " + e, e);
      return Turn.done(Duration.ZERO);
    }
  }

  private Turn step() {
    Turn early = beforeRequest();
    if (early != null) {
      return early;
    }
    FetchPolicy.Next next = ctx.policy().beforeRequest(url, ctx.robots().cached(url));
    if (next instanceof FetchPolicy.FetchRobots) {
      Url at = url;
      FetchException refused = ctx.fetchRobots(at);
      if (refused != null) {
        giveUp(refused.getMessage(), refused);
        return Turn.done(Duration.ZERO);
      }
      return Turn.again(ctx.pause(at, Duration.ZERO));
    }
    if (next instanceof FetchPolicy.GiveUp g) {
      ctx.listener().outcome(url.host(), g.outcome());
      giveUp(g.reason(), null);
      return Turn.done(Duration.ZERO);
    }
    return request();
  }

  private Turn request() {
    Url at = url;
    attempts++;
    try {
      FetchResponse response = ctx.fetcher().fetch(url, kind(), conditional(), this::decide, chain);
      ctx.listener().bytes(at.host(), response.wireBytes());
      answered(response);
      return Turn.done(ctx.pause(at, Duration.ZERO));
    } catch (Redirects.ElsewhereException e) {
      url = e.target();
      ctx.submit(url, this);
      return Turn.done(ctx.pause(at, Duration.ZERO));
    } catch (FetchException e) {
      FetchPolicy.Next next = ctx.policy().afterFailure(attempts, e);
      if (next instanceof FetchPolicy.Retry retry) {
        ctx.listener().outcome(at.host(), "retry");
        return Turn.again(ctx.pause(at, retry.delay()));
      }
      FetchPolicy.GiveUp g = (FetchPolicy.GiveUp) next;
      ctx.listener().outcome(at.host(), g.outcome());
      giveUp(g.reason(), e);
      return Turn.done(ctx.pause(at, Duration.ZERO));
    }
  }

  /** Same-host redirects are followed in this slot; other hosts get the trip in their own. */
  private Redirects.Decision decide(Url target) {
    if (!target.sameHost(url)) {
      return Redirects.Decision.ELSEWHERE;
    }
    return ctx.policy().mayFollow(target, ctx.robots().cached(target))
        ? Redirects.Decision.FOLLOW
        : Redirects.Decision.DISALLOWED;
  }
}
