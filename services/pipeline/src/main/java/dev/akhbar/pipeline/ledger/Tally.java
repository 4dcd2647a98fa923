package dev.akhbar.pipeline.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where every page of a run ended: indexed, dead-lettered (by stage and reason), both (indexed
 * after a dead letter, or the reverse: a redelivery), or lost (in neither); and how many documents
 * of the run the index holds more than once.
 *
 * @param in pages fed
 * @param indexed pages whose document is in the index
 * @param deadLettered pages in a dead-letter topic
 * @param reasons dead letters by "stage: reason"
 * @param both pages both indexed and dead-lettered
 * @param lost pages in neither
 * @param duplicates extra copies of documents in the index
 * @param lostIds some of the lost pages' ids, to look for
 */
public record Tally(
    int in,
    int indexed,
    int deadLettered,
    Map<String, Integer> reasons,
    int both,
    int lost,
    int duplicates,
    List<String> lostIds) {

  public static Tally of(
      Ledger ledger, DeadLetterWatch deadLetters, IndexWatch index, Map<String, Integer> copies) {
    int indexed = 0;
    int dead = 0;
    int both = 0;
    int lost = 0;
    int duplicates = 0;
    Map<String, Integer> reasons = new TreeMap<>();
    List<String> lostIds = new ArrayList<>();
    for (String id : ledger.ids()) {
      boolean inIndex = index.seen(id) != null || copies.getOrDefault(id, 0) > 0;
      List<DeadLetterWatch.Entry> letters = deadLetters.of(id);
      if (inIndex) {
        indexed++;
      }
      if (!letters.isEmpty()) {
        dead++;
        DeadLetterWatch.Entry last = letters.get(letters.size() - 1);
        reasons.merge(last.stage() + ": " + shortReason(last.reason()), 1, Integer::sum);
      }
      if (inIndex && !letters.isEmpty()) {
        both++;
      }
      if (!inIndex && letters.isEmpty()) {
        lost++;
        if (lostIds.size() < 5) {
          lostIds.add(id);
        }
      }
      duplicates += Math.max(0, copies.getOrDefault(id, 0) - 1);
    }
    return new Tally(
        ledger.size(), indexed, dead, reasons, both, lost, duplicates, List.copyOf(lostIds));
  }

  /** The reason without its particulars: digits folded, cut at 70 characters. */
  static String shortReason(String reason) {
    if (reason == null || reason.isBlank()) {
      return "(no reason given)";
    }
    String s = reason.replaceAll("[0-9]+", "N").replaceAll("\\s+", " ").strip();
    return s.length() > 70 ? s.substring(0, 70) + "…" : s;
  }

  /** "in 300 | indexed 290 | dead-lettered 10 (parser: Not an article ×10) | lost 0 | dup 0". */
  public String line() {
    StringBuilder why = new StringBuilder();
    reasons.forEach(
        (reason, n) -> why.append(why.isEmpty() ? "" : "; ").append(reason).append(" ×").append(n));
    return String.format(
        "in %d | indexed %d | dead-lettered %d%s | lost %d | dup %d%s",
        in,
        indexed,
        deadLettered,
        why.isEmpty() ? "" : " (" + why + ")",
        lost,
        duplicates,
        both > 0 ? " | both indexed and dead-lettered " + both : "");
  }
}
