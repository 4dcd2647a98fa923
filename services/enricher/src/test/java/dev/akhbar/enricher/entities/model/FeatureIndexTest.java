package dev.akhbar.enricher.entities.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** The index finds a feature by its parts exactly when its string is in the model. */
class FeatureIndexTest {
  @Test
  void findsEachFeatureByItsPartsAsByItsString() {
    Map<String, Context> model = new LinkedHashMap<>();
    for (String f :
        List.of(
            "headline",
            "w-1=<S>",
            "first_s=Xx",
            "headline_w==",
            "gz=B-LOCATION",
            "b-1=new_york",
            "b-1=a_b_c",
            "b+1=_x",
            "b+1=x_",
            "b-1==_y",
            "ss+1=Xx_",
            "hist_s=PER_most")) {
      model.put(f, new Context(new int[] {0}, new double[] {model.size()}));
    }
    FeatureIndex index = new FeatureIndex(model);
    List<String> words =
        List.of("", "a", "b", "c", "a_b", "b_c", "new", "york", "_x", "x", "=", "y");
    List<String> names = new ArrayList<>(ContextSink.PAIRS);
    for (String name : names) {
      for (String a : words) {
        for (String b : words) {
          assertThat(index.get(name, a, b)).isSameAs(model.get(name + "=" + a + "_" + b));
        }
      }
    }
    for (String name : ContextSink.NAMED) {
      for (String v : List.of("<S>", "Xx", "=", "B-LOCATION", "x")) {
        assertThat(index.get(name, v)).isSameAs(model.get(name + "=" + v));
      }
    }
    assertThat(index.get("b-1", "a", "b_c")).isNotNull().isSameAs(index.get("b-1", "a_b", "c"));
    assertThat(index.get("headline")).isSameAs(model.get("headline"));
    assertThat(index.get("first_s", "Xx")).isNotNull();
    assertThatThrownBy(() -> index.get("pre4", "abcd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pre4");
  }
}
