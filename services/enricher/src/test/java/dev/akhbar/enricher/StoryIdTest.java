package dev.akhbar.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.enricher.stories.StoryIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryIdTest {
  static final Instant NOW = Instant.parse("2025-02-16T10:00:00Z");

  static String body() {
    return String.join("\n", DemoTexts.arabicParagraphs());
  }

  /** The same story as another site publishes it: its own boilerplate, a few words changed. */
  public static String otherSiteCopy() {
    List<String> paragraphs = new ArrayList<>(DemoTexts.arabicParagraphs());
    paragraphs.add(0, "موسكو - وكالات الأنباء");
    paragraphs.set(
        1, paragraphs.get(1).replace("الأحد", "يوم الأحد").replace("أدنى مستوى", "أدنى مستوياتها"));
    paragraphs.remove(paragraphs.size() - 1);
    paragraphs.add(
        "تابعوا آخر الأخبار على قناتنا في تطبيق تلغرام، واشتركوا في نشرتنا البريدية اليومية.");
    paragraphs.add("جميع الحقوق محفوظة لشبكة الأخبار العربية 2025");
    return String.join("\n", paragraphs);
  }

  public static final String OTHER_STORY_SAME_TOPIC =
      "أعلن الكرملين، الاثنين، أن الرئيس الروسي فلاديمير بوتين لم يتلق بعد دعوة رسمية لعقد قمة مع"
          + " الرئيس الأميركي دونالد ترمب، مؤكداً أن التحضير لأي لقاء يحتاج إلى وقت.\n"
          + "وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين في موسكو إن الاتصالات مع واشنطن"
          + " مستمرة عبر القنوات الدبلوماسية، وإن موعد القمة ومكانها لم يحددا بعد.\n"
          + "وأضاف بيسكوف أن روسيا ترحب بأي جهود لإنهاء الحرب في أوكرانيا، لكنها تتمسك بمطالبها"
          + " الأمنية، مشيراً إلى أن وفداً روسياً قد يزور الرياض خلال الأسابيع المقبلة.";

  @Test
  void twoCopiesOfOneStoryFromTwoSourcesShareTheStoryId() {
    StoryIndex index = new StoryIndex(0.45, Duration.ofDays(14));
    String first = index.assign("site-a-1", DemoTexts.AR_TITLE + "\n" + body(), NOW);
    String second =
        index.assign(
            "site-b-7",
            "ريابكوف: اجتماع روسي أمريكي جديد هذا الأسبوع\n" + otherSiteCopy(),
            NOW.plusSeconds(600));
    assertThat(second).isEqualTo(first).isEqualTo(StoryIndex.newStoryId("site-a-1"));
  }

  @Test
  void aDifferentStoryOnTheSameTopicGetsItsOwnStoryId() {
    StoryIndex index = new StoryIndex(0.45, Duration.ofDays(14));
    String first = index.assign("site-a-1", DemoTexts.AR_TITLE + "\n" + body(), NOW);
    String other =
        index.assign(
            "site-c-3", "الكرملين: لا موعد بعد لقمة بوتين وترمب\n" + OTHER_STORY_SAME_TOPIC, NOW);
    assertThat(other).isNotEqualTo(first).isEqualTo(StoryIndex.newStoryId("site-c-3"));
  }

  @Test
  void anArticleSeenAgainKeepsItsStoryAndARestoredIndexAssignsLikeTheOriginal() {
    StoryIndex before = new StoryIndex(0.45, Duration.ofDays(14));
    String story = before.assign("site-a-1", DemoTexts.AR_TITLE + "\n" + body(), NOW);
    assertThat(before.assign("site-a-1", "edited text entirely", NOW)).isEqualTo(story);

    // after a restart the index is rebuilt from what the enriched topic holds
    StoryIndex after = new StoryIndex(0.45, Duration.ofDays(14));
    after.restore("site-a-1", story, DemoTexts.AR_TITLE + "\n" + body(), NOW);
    assertThat(after.assign("site-b-7", "ريابكوف: اجتماع روسي أمريكي\n" + otherSiteCopy(), NOW))
        .isEqualTo(story);
  }

  @Test
  void theEnricherGivesEveryArticleAStoryId() {
    var e = TestEnricher.get().enrich(DemoTexts.article("Port strike ends", DemoTexts.ENGLISH));
    assertThat(e.storyId()).startsWith("s-");
  }

  @Test
  void theIndexKeepsNoMoreThanItsBoundOldestGoingFirst() {
    StoryIndex index = new StoryIndex(0.45, java.time.Duration.ofDays(14), 3);
    java.time.Instant now = java.time.Instant.parse("2025-02-16T08:00:00Z");
    for (int i = 0; i < 5; i++) {
      index.assign("a" + i, "story number " + i + " " + "word".repeat(i + 1), now);
    }
    assertThat(index.size()).isEqualTo(3);
    assertThat(index.contains("a0")).isFalse();
    assertThat(index.contains("a4")).isTrue();
  }

  @Test
  void aCopyOfAWireTextSeenManyTimesJoinsTheFirstStoryThatHoldsIt() {
    StoryIndex index = new StoryIndex(0.45, Duration.ofDays(14));
    String text = DemoTexts.AR_TITLE + "\n" + body();
    // restored with stories decided elsewhere: exact copies of one text in three stories
    index.restore("wire-1", "s-first", text, NOW);
    index.restore("wire-2", "s-second", text, NOW);
    index.restore("other", "s-other", "الكرملين\n" + OTHER_STORY_SAME_TOPIC, NOW);
    for (int i = 3; i < 200; i++) {
      index.restore("wire-" + i, "s-copy-" + i, text, NOW);
    }
    assertThat(index.assign("wire-new", text, NOW)).isEqualTo("s-first");
    // a near copy is not an exact copy: it joins the most similar, the first of equals
    assertThat(index.assign("site-b-7", "ريابكوف\n" + otherSiteCopy(), NOW)).isEqualTo("s-first");
    assertThat(index.assign("site-c-3", "الكرملين\n" + OTHER_STORY_SAME_TOPIC, NOW))
        .isEqualTo("s-other");
  }

  @Test
  void copiesLeavingTheIndexLeaveTheirSharedBucketsToTheCopiesStillThere() {
    StoryIndex index = new StoryIndex(0.45, Duration.ofDays(14), 3);
    String text = DemoTexts.AR_TITLE + "\n" + body();
    // exact copies share all 64 buckets; the bound pushes the oldest out of them one by one
    index.restore("wire-1", "s-first", text, NOW);
    index.restore("wire-2", "s-second", text, NOW);
    index.restore("other", "s-other", "الكرملين\n" + OTHER_STORY_SAME_TOPIC, NOW);
    index.restore("u1", "s-u1", "first unrelated note about the weather in spring", NOW);
    assertThat(index.contains("wire-1")).isFalse();
    assertThat(index.assign("wire-3", text, NOW)).isEqualTo("s-second");
    assertThat(index.contains("wire-2")).isFalse();
    assertThat(index.assign("wire-4", text, NOW)).isEqualTo("s-second");
    index.restore("u2", "s-u2", "second unrelated note about football results today", NOW);
    index.restore("u3", "s-u3", "third unrelated note about a new museum opening", NOW);
    index.restore("u4", "s-u4", "fourth unrelated note about train timetables changing", NOW);
    assertThat(index.contains("wire-3")).isFalse();
    assertThat(index.contains("wire-4")).isFalse();
    assertThat(index.assign("wire-5", text, NOW)).isEqualTo(StoryIndex.newStoryId("wire-5"));
  }
}
