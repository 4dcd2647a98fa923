package dev.akhbar.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.events.EventCodec;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Operator commands over a running pipeline.
 *
 * <pre>
 *   search QUERY... [--size N]       top hits with title, source, date and a highlighted snippet
 *   baseline FILE                     remember where the topics stand before a run
 *   watch FILE [--timeout S] [--query Q]
 *                                     print progress until every page is indexed or dead-lettered,
 *                                     then the summary and the top hit of an Arabic search
 * </pre>
 */
public final class Cli {
  static final String DEFAULT_DEMO_QUERY = "دبلوماسي";

  private final Endpoints endpoints;
  private final PrintStream out;

  Cli(Endpoints endpoints, PrintStream out) {
    this.endpoints = endpoints;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int code = new Cli(Endpoints.resolve(), out).run(args);
    System.exit(code);
  }

  int run(String[] args) throws Exception {
    if (args.length == 0) {
      out.println(
          "usage: search QUERY... [--size N] | baseline FILE | watch FILE [--timeout S] [--query Q]");
      return 2;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    return switch (args[0]) {
      case "search" -> search(String.join(" ", positional(rest)), intOption(rest, "--size", 5));
      case "baseline" -> baseline(Path.of(rest.get(0)));
      case "watch" ->
          watch(
              Path.of(rest.get(0)),
              Duration.ofSeconds(intOption(rest, "--timeout", 180)),
              option(rest, "--query", DEFAULT_DEMO_QUERY));
      default -> {
        out.println("unknown command: " + args[0]);
        yield 2;
      }
    };
  }

  int search(String query, int size) throws Exception {
    if (query.isBlank()) {
      out.println("usage: search QUERY");
      return 2;
    }
    try (ArticleSearch search = new ArticleSearch(endpoints.esUrl())) {
      List<ArticleSearch.Result> results = search.search(query, size);
      if (results.isEmpty()) {
        out.println("No article matches «" + query + "».");
        return 1;
      }
      int rank = 1;
      for (ArticleSearch.Result r : results) {
        out.printf("%d. %s%n", rank++, r.title());
        out.printf("   %s · %s · %s · id %s%n", r.source(), r.published(), r.language(), r.id());
        out.printf("   %s%n", r.snippet());
      }
      return 0;
    }
  }

  int baseline(Path file) throws Exception {
    try (TopicCounts counts = new TopicCounts(endpoints.kafkaBootstrap())) {
      ObjectNode node = EventCodec.mapper().createObjectNode();
      node.put("startedAt", Instant.now().toString());
      ObjectNode offsets = node.putObject("offsets");
      counts.read(TopicCounts.PIPELINE_TOPICS).forEach(offsets::put);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, node.toPrettyString());
      return 0;
    }
  }

  int watch(Path baselineFile, Duration timeout, String query) throws Exception {
    JsonNode baseline = EventCodec.mapper().readTree(Files.readString(baselineFile));
    Instant startedAt = Instant.parse(baseline.get("startedAt").asText());
    Map<String, Long> before = new HashMap<>();
    baseline
        .get("offsets")
        .fields()
        .forEachRemaining(e -> before.put(e.getKey(), e.getValue().asLong()));

    Instant deadline = Instant.now().plus(timeout);
    Progress progress;
    String last = "";
    try (TopicCounts counts = new TopicCounts(endpoints.kafkaBootstrap());
        ArticleSearch search = new ArticleSearch(endpoints.esUrl())) {
      while (true) {
        progress =
            Progress.between(
                before,
                counts.read(TopicCounts.PIPELINE_TOPICS),
                search.countFetchedSince(startedAt));
        if (!progress.line().equals(last)) {
          last = progress.line();
          out.println("  " + last);
        }
        if (progress.settled() || Instant.now().isAfter(deadline)) {
          break;
        }
        Thread.sleep(1000);
      }
      out.println();
      out.println("Summary");
      out.printf("  pages fetched      %d%n", progress.fetched());
      out.printf("  articles parsed    %d%n", progress.parsed());
      out.printf("  articles enriched  %d%n", progress.enriched());
      out.printf("  articles indexed   %d%n", progress.indexed());
      out.printf(
          "  dead-lettered      %d (fetch %d, parser %d, enricher %d, indexer %d)%n",
          progress.deadLettered(),
          progress.fetchDlq(),
          progress.parserDlq(),
          progress.enricherDlq(),
          progress.indexerDlq());
      if (!progress.settled()) {
        out.printf(
            "Timed out after %ds before every page was indexed or dead-lettered.%n",
            timeout.toSeconds());
        return 1;
      }
      out.println();
      out.println("Top hit for «" + query + "»:");
      List<ArticleSearch.Result> hits = search.search(query, 1);
      if (hits.isEmpty()) {
        out.println("  none");
        return 1;
      }
      ArticleSearch.Result top = hits.get(0);
      out.printf(
          "  %s%n  %s · %s · %s%n  %s%n",
          top.title(), top.source(), top.published(), top.language(), top.snippet());
      return 0;
    }
  }

  private static List<String> positional(List<String> args) {
    List<String> result = new java.util.ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).startsWith("--")) {
        i++;
      } else {
        result.add(args.get(i));
      }
    }
    return result;
  }

  private static String option(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }

  private static int intOption(List<String> args, String name, int fallback) {
    return Integer.parseInt(option(args, name, String.valueOf(fallback)));
  }
}
