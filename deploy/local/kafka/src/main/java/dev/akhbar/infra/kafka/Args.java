package dev.akhbar.infra.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Minimal {@code --key value} parsing for the mains of this module. */
final class Args {

  private Args() {}

  static Map<String, String> parse(String[] args, Set<String> known) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!known.contains(args[i]) || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "unknown option or missing value: " + args[i] + "; known: " + known);
      }
      opts.put(args[i], args[++i]);
    }
    return opts;
  }

  static String required(Map<String, String> opts, String key) {
    String value = opts.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing " + key);
    }
    return value;
  }
}
