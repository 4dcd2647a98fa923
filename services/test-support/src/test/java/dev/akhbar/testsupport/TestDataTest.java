package dev.akhbar.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestDataTest {
  @Test
  void findsAFolderOfTheTestClasspathAsAPath() {
    assertThat(TestData.path("sample")).isDirectory();
    assertThat(TestData.path("sample").resolve("a.txt")).hasContent("hello");
  }

  @Test
  void saysWhatIsMissing() {
    assertThatThrownBy(() -> TestData.path("no-such-folder"))
        .hasMessageContaining("no-such-folder")
        .hasMessageContaining("testResource");
  }
}
