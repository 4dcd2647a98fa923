package org.elasticsearch.io.ansi;

import java.util.function.Supplier;
import org.elasticsearch.bootstrap.ConsoleLoader;

/**
 * The node loads this class by name from lib/tools/ansi-console/. The local node always runs with
 * its output redirected to a log file, so there is never a terminal: returning {@code null} means
 * "no console" and the node logs to its configured appenders only.
 */
public class AnsiConsoleLoader implements Supplier<ConsoleLoader.Console> {

  @Override
  public ConsoleLoader.Console get() {
    return null;
  }
}
