package dev.akhbar.indexer.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.stats.IndexStats;
import co.elastic.clients.elasticsearch.indices.stats.IndicesStats;
import dev.akhbar.indexer.index.ClosedIndexMerges;
import dev.akhbar.indexer.index.IndexNames;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Merges the closed indices of the family ({@link ClosedIndexMerges}) to one segment each, one look
 * at a time: reads the segment and write counts of every index of the pattern, asks for a force
 * merge of those due, and lets it run in the node (a task, not a request held open: a year of news
 * takes minutes). An index whose merge is still running is not asked again. A failure (node down,
 * key without the privilege) is logged and the next look tries again: merging is never in the way
 * of indexing.
 */
public final class ClosedIndexMerger {
  private static final Logger LOG = Logger.getLogger(ClosedIndexMerger.class);

  private final ElasticsearchClient client;
  private final IndexNames names;
  private final ClosedIndexMerges merges;
  private final Clock clock;

  /** Index name to the node's task id of its running merge. */
  private final Map<String, String> running = new HashMap<>();

  public ClosedIndexMerger(
      ElasticsearchClient client, IndexNames names, ClosedIndexMerges merges, Clock clock) {
    this.client = client;
    this.names = names;
    this.merges = merges;
    this.clock = clock;
  }

  /** One look; never throws. Returns the indices whose merge it started. */
  public synchronized List<String> look() {
    try {
      forgetFinished();
      Map<String, ClosedIndexMerges.Activity> activity = activity();
      List<String> due = merges.due(activity, clock.instant());
      List<String> started = due.stream().filter(i -> !running.containsKey(i)).toList();
      for (String index : started) {
        String task =
            client
                .indices()
                .forcemerge(f -> f.index(index).maxNumSegments(1L).waitForCompletion(false))
                .task();
        running.put(index, task);
        LOG.infof(
            "Merging closed index %s (%d segments) to one segment: task %s",
            index, activity.get(index).segments(), task);
      }
      return started;
    } catch (IOException | RuntimeException e) {
      LOG.warnf("Could not look at the closed indices of %s: %s", names.pattern(), e.toString());
      return List.of();
    }
  }

  private Map<String, ClosedIndexMerges.Activity> activity() throws IOException {
    Map<String, IndicesStats> stats =
        client
            .indices()
            .stats(s -> s.index(names.pattern()).metric("indexing", "segments"))
            .indices();
    Map<String, ClosedIndexMerges.Activity> activity = new HashMap<>();
    stats.forEach(
        (index, s) -> {
          IndexStats p = s.primaries();
          if (p != null && p.segments() != null && p.indexing() != null) {
            activity.put(
                index,
                new ClosedIndexMerges.Activity(
                    p.segments().count(), p.indexing().indexTotal() + p.indexing().deleteTotal()));
          }
        });
    return activity;
  }

  /**
   * Drops the merges that finished, and those the node no longer knows (it restarted): asking again
   * for a merge that is done costs the node nothing.
   */
  private void forgetFinished() throws IOException {
    for (var it = running.entrySet().iterator(); it.hasNext(); ) {
      var e = it.next();
      boolean done;
      try {
        done = client.tasks().get(g -> g.taskId(e.getValue())).completed();
      } catch (ElasticsearchException unknown) {
        done = true;
      }
      if (done) {
        LOG.infof("Merge of %s finished (task %s)", e.getKey(), e.getValue());
        it.remove();
      }
    }
  }
}
