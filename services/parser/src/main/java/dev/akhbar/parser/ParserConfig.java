package dev.akhbar.parser;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Configuration of the parser's stage ({@code akhbar.parser.*}). */
@ConfigMapping(prefix = "akhbar.parser")
public interface ParserConfig {
  /**
   * Time one page may take; a page over it goes to the dead-letter topic with the reason (a real
   * page takes milliseconds).
   */
  @WithDefault("PT30S")
  Duration recordBudget();

  /** Workers still stuck past their budget (a runaway page) before liveness asks for a restart. */
  @WithDefault("2")
  int maxOverrunningRecords();

  /**
   * Longest article body kept, in characters (about 30,000 words); a longer body is cut at a
   * paragraph boundary (docs/events.md, "Record sizes").
   */
  @WithDefault("200000")
  int maxBodyChars();
}
