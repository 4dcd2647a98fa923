package dev.akhbar.pipeline.chaos;

import dev.akhbar.pipeline.feed.ImportFeeder;
import dev.akhbar.pipeline.harness.ServiceProcess;
import dev.akhbar.pipeline.harness.Stack;
import dev.akhbar.pipeline.ledger.PipelineRun;
import dev.akhbar.pipeline.pages.HostilePages;
import dev.akhbar.pipeline.pages.Page;
import dev.akhbar.pipeline.pages.PageSource;
import dev.akhbar.pipeline.pages.UniquePages;
import java.time.Duration;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The fault scenarios of {@code make chaos}. Each feeds real pages with unique URLs and hurts one
 * part of the pipeline mid-stream; afterwards every page must be indexed or dead-lettered with a
 * reason, none twice in the index, and every service not killed on purpose must have recovered by
 * itself.
 */
public final class Scenarios {
  private final Chaos chaos;
  private final PageSource pages;
  private final int count;

  /**
   * @param pages the real pages the scenarios feed (repeated with unique URLs)
   * @param count pages per scenario
   */
  public Scenarios(Chaos chaos, PageSource pages, int count) {
    this.chaos = chaos;
    this.pages = pages;
    this.count = count;
  }

  private Stream<Page> real(String scenario, int n) {
    return UniquePages.of(pages, n, chaos.run(scenario));
  }

  /** The pages without a fault: the dead letters every outage scenario is held to. */
  public Outcome baseline() throws Exception {
    String name = "no-fault";
    return chaos.scenario(
        name,
        false,
        Set.of(),
        chaos.topicFeeder(name),
        (run, c) -> run.feed(() -> real(name, count)));
  }

  /** kill -9 of a consumer stage when it has done a quarter of the pages; restarted at once. */
  public Outcome killStage(String stage) throws Exception {
    String name = "kill-" + stage;
    return chaos.scenario(
        name,
        true,
        Set.of(stage),
        chaos.topicFeeder(name),
        (run, c) -> {
          LongSupplier progress =
              stage.equals("indexer") ? () -> run.accounted() : c.stageProgress(stage);
          run.feed(() -> real(name, count));
          c.awaitProgress(stage + " output", progress, count / 4, Duration.ofMinutes(5));
          ServiceProcess p = c.stack.get(stage);
          p.kill9();
          c.say("kill -9 " + stage + "; restarting it");
          p.restart();
          Stack.awaitReady(p, Duration.ofMinutes(3));
        });
  }

  /**
   * kill -9 of the fetcher in the middle of an import; restarted, then the import is asked for
   * again, as a user would.
   */
  public Outcome killFetcher() throws Exception {
    String name = "kill-fetcher";
    ImportFeeder feeder = chaos.importFeeder(name);
    return chaos.scenario(
        name,
        true,
        Set.of("fetcher"),
        feeder,
        (run, c) -> {
          LongSupplier progress = c.stageProgress("fetcher");
          run.feed(() -> real(name, count));
          c.awaitProgress("fetcher output", progress, count / 4, Duration.ofMinutes(5));
          ServiceProcess p = c.stack.get("fetcher");
          p.kill9();
          c.say("kill -9 fetcher; restarting it and importing again");
          p.restart();
          Stack.awaitReady(p, Duration.ofMinutes(3));
          try {
            run.awaitFed(Duration.ofMinutes(1));
          } catch (Exception interruptedImport) {
            c.say("the import in progress failed as expected: " + interruptedImport.getMessage());
          }
          feeder.runImport();
        });
  }

  /** Something the infrastructure does to the pipeline, or undoes. */
  @FunctionalInterface
  interface Action {
    void run() throws Exception;
  }

  /**
   * Takes something away when a fifth of the pages are accounted for, for {@code outage}, then
   * gives it back; the services must wait and resume by themselves.
   */
  private Outcome outage(
      String name, String what, Duration outage, Action takeAway, Action giveBack)
      throws Exception {
    return chaos.scenario(
        name,
        true,
        Set.of(),
        chaos.topicFeeder(name),
        (run, c) -> {
          run.feed(() -> real(name, count));
          c.awaitProgress("pages accounted", run::accounted, count / 5, Duration.ofMinutes(5));
          takeAway.run();
          c.say(what + " for " + outage.toSeconds() + " s");
          try {
            Thread.sleep(outage.toMillis());
          } finally {
            giveBack.run();
          }
          c.say("given back");
        });
  }

  /** kill -9 of the broker mid-stream, down for {@code outage}, then started again. */
  public Outcome killBroker(Duration outage) throws Exception {
    var infra = chaos.stack.infra();
    return outage(
        "kill-broker", "kill -9 of the broker", outage, infra::killKafka, infra::startKafka);
  }

  /** Elasticsearch stopped mid-stream for {@code outage}, then started again. */
  public Outcome stopElasticsearch(Duration outage) throws Exception {
    var infra = chaos.stack.infra();
    return outage(
        "stop-elasticsearch",
        "Elasticsearch stopped",
        outage,
        infra::stopElasticsearch,
        infra::startElasticsearch);
  }

  /** index.blocks.write on the article indices mid-stream for {@code hold}, then lifted. */
  public Outcome writeBlock(Duration hold) throws Exception {
    var infra = chaos.stack.infra();
    String indices = PipelineRun.ALIAS + "-*";
    return outage(
        "write-block",
        "write block on " + indices,
        hold,
        () -> infra.writeBlock(indices, true),
        () -> infra.writeBlock(indices, false));
  }

  /** A 2 MB article page, then ordinary pages: it must not take the stage down with it. */
  public Outcome hugeArticle(int bytes, int after) throws Exception {
    return hostile("huge-article", url -> HostilePages.hugeArticle(url, bytes), after);
  }

  /** A page of 40 k comma-separated numbers, then ordinary pages. */
  public Outcome numberList(int items, int after) throws Exception {
    return hostile("number-list", url -> HostilePages.numberList(url, items), after);
  }

  /** One hostile page, then {@code after} ordinary ones that must go through as usual. */
  private Outcome hostile(String name, java.util.function.Function<String, Page> page, int after)
      throws Exception {
    return chaos.scenario(
        name,
        false,
        Set.of(),
        chaos.topicFeeder(name),
        (run, c) -> {
          Page hostile = page.apply("https://hostile.akhbar.invalid/" + name + "/" + c.run(name));
          run.feed(() -> Stream.concat(Stream.of(hostile), real(name, after)));
        });
  }

  /** An import of many real pages through the fetcher (a folder of .html.gz with index.json). */
  public Outcome bigImport(PageSource source, int n) throws Exception {
    String name = "import-" + n;
    return chaos.scenario(
        name,
        false,
        Set.of(),
        chaos.importFeeder(name),
        (run, c) -> run.feed(() -> UniquePages.of(source, n, c.run(name))));
  }
}
