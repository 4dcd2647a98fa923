package dev.akhbar.testsupport;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Data of the repository that a module's tests read (the demo corpus, the Kibana saved objects), as
 * the module's build copies it onto the test classpath: a {@code <testResource>} in the module's
 * pom names the folder of the repository, so no test reaches outside its module by a relative path.
 */
public final class TestData {
  private TestData() {}

  /** A folder or file of the test classpath, as a path (test classes are files under target/). */
  public static Path path(String name) {
    URL url = Thread.currentThread().getContextClassLoader().getResource(name);
    if (url == null) {
      url = TestData.class.getClassLoader().getResource(name);
    }
    if (url == null || !url.getProtocol().equals("file")) {
      throw new IllegalStateException(
          name + " is not on the test classpath as a file: is it a <testResource> of the pom?");
    }
    try {
      Path p = Path.of(url.toURI());
      if (!Files.exists(p)) {
        throw new IllegalStateException(p + " does not exist");
      }
      return p;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
