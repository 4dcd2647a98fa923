package dev.akhbar.parser.extract;

import java.time.Instant;

/**
 * The English story the layout tests wrap in different pages: three paragraphs of a town's news,
 * and a promotion of the kind sites put beside it.
 */
final class RiverParkStory {
  static final Instant FETCHED = Instant.parse("2026-01-10T12:00:00Z");
  static final String URL = "https://town.example/news/2026/01/river-park";

  /** A page's head and the opening of its body, with the story's title. */
  static final String HEAD =
      "<html lang=\"en\"><head><title>Council approves river park plan</title></head><body>";

  static final String P1 =
      "The city council approved a new plan for the river park on Monday, after two years of"
          + " hearings in which residents asked for more shade, benches and a safer cycle path.";
  static final String P2 =
      "Work on the first section is to start in the spring and will cost about four million, most"
          + " of it paid by a regional fund for green spaces in towns of this size.";
  static final String P3 =
      "The council also asked the parks department to report every six months on the cost and the"
          + " progress of the work, and to hold a public meeting before each new section starts.";

  /** The three paragraphs, marked up. */
  static final String STORY = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";

  static final String PROMO =
      "Join our walking club this spring: every Saturday morning we meet at the old bridge and"
          + " walk for two hours along the river, whatever the weather.";

  private RiverParkStory() {}
}
