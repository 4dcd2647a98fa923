package dev.akhbar.parser.extract;

/**
 * The page is not one article (home page, listing, tag page, error page...); the message says why
 * and becomes the dead-letter reason. Expected for many pages, so it carries no stack trace.
 */
public class NotAnArticleException extends RuntimeException {
  public NotAnArticleException(String reason) {
    super(reason, null, false, false);
  }
}
