package dev.akhbar.search.query;

import java.util.Locale;

/** How hits are ordered: by relevance (ties newest first), or by date. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  public String param() {
    return name().toLowerCase(Locale.ROOT);
  }

  static SortOrder parse(String raw, boolean hasText) {
    if (raw == null || raw.isBlank()) {
      return hasText ? RELEVANCE : NEWEST;
    }
    for (SortOrder s : values()) {
      if (s.param().equals(raw.strip().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new BadQueryException("sort", "sort must be relevance, newest or oldest");
  }
}
