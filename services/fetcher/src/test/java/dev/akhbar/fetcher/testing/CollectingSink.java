package dev.akhbar.fetcher.testing;

import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.RawPage;
import dev.akhbar.fetcher.emit.PageSink;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sink that keeps what the fetcher emits, for tests of the plain classes. */
public class CollectingSink implements PageSink {
  public record Dead(FetchRequest request, String reason, Throwable cause) {}

  public final List<RawPage> pages = new CopyOnWriteArrayList<>();
  public final List<Dead> deadLetters = new CopyOnWriteArrayList<>();

  @Override
  public CompletionStage<Void> page(RawPage page) {
    pages.add(page);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<Void> deadLetter(FetchRequest request, String reason, Throwable cause) {
    deadLetters.add(new Dead(request, reason, cause));
    return CompletableFuture.completedFuture(null);
  }

  public List<String> deadUrls() {
    return deadLetters.stream().map(d -> d.request().url()).toList();
  }

  public List<String> pageUrls() {
    return pages.stream().map(RawPage::url).toList();
  }
}
