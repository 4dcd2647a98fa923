package dev.akhbar.enricher.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.enricher.text.Tokenizer;
import dev.akhbar.events.Enrichment.EntityType;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each step of the recogniser alone, on a state built by hand (no model). */
class RecognitionStepsTest {
  static final Lexicon LEXICON = Lexicon.shared();
  static final Gazetteer GAZETTEER = Gazetteer.shared();
  static final Names NAMES = new Names(GAZETTEER, Set.of("موسكو", "الاتحاد")::contains);

  static Recognition state(String body) {
    return new Recognition(body, Tokenizer.tokenize(body), null);
  }

  /** Claims tokens [first, last) as the model would. */
  static Found tag(Recognition r, EntityType type, int first, int last) {
    Found f = NAMES.mention(r, type, first, last);
    r.claim(f);
    return f;
  }

  @Test
  void namesLeaveAttachedCliticsOutOfTheSurfaceWhenTheRestIsKnown() {
    Recognition r = state("وموسكو وليد والسودان");
    assertThat(tag(r, EntityType.LOCATION, 0, 1).text()).isEqualTo("موسكو");
    // a name that starts with و keeps it
    assertThat(tag(r, EntityType.PERSON, 1, 2).text()).isEqualTo("وليد");
    Found sudan = tag(r, EntityType.LOCATION, 2, 3);
    assertThat(sudan.text()).isEqualTo("السودان");
    assertThat(r.body().substring(sudan.start(), sudan.end())).isEqualTo("السودان");
  }

  @Test
  void namesTakeTheGazetteerCanonicalOrTheKnownSurnames() {
    assertThat(NAMES.canonical(EntityType.PERSON, "ترامب")).isEqualTo("ترمب");
    assertThat(NAMES.canonical(EntityType.PERSON, "Trump")).isEqualTo("ترمب");
    assertThat(NAMES.canonical(EntityType.PERSON, "Vladimir Putin")).isEqualTo("بوتين");
    assertThat(NAMES.canonical(EntityType.LOCATION, "Moscow")).isEqualTo("موسكو");
    assertThat(NAMES.canonical(EntityType.PERSON, "Margaret Collins"))
        .isEqualTo("Margaret Collins");
  }

  @Test
  void quotedNamesAfterAnOrganisationHeadAreOrganisationsNotQuotes() {
    Recognition r = state("ونقلت وكالة أنباء “تاس” الرسمية عنه قوله");
    new QuotedNames(LEXICON, NAMES).apply(r);
    assertThat(r.found())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.type()).isEqualTo(EntityType.ORGANIZATION);
              assertThat(f.text()).isEqualTo("تاس");
            });
    assertThat(r.nameQuotes()).containsExactly(r.body().indexOf('“'));
  }

  @Test
  void theGazetteerPassAddsKnownNamesTheModelLeftOut() {
    Recognition r = state("من مناطق دونيتسك وزابوروجيا وخيرسون");
    tag(r, EntityType.LOCATION, 2, 3);
    new GazetteerNames(GAZETTEER).apply(r);
    assertThat(r.result().mentions())
        .extracting(Found::text)
        .containsExactly("دونيتسك", "زابوروجيا", "خيرسون");
  }

  @Test
  void knownNamesSplitTrimAndRejoinModelSpans() {
    Recognition r = state("قمة بين ترمب وبوتين و فولوديمير زيلينسكي يريدان إبرام اتفاق");
    tag(r, EntityType.PERSON, 2, 4); // ترمب وبوتين
    tag(r, EntityType.PERSON, 5, 9); // فولوديمير زيلينسكي يريدان إبرام
    new KnownNames(GAZETTEER, NAMES).apply(r);
    assertThat(r.result().mentions())
        .extracting(Found::text, Found::canonical)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ترمب", "ترمب"),
            org.assertj.core.groups.Tuple.tuple("بوتين", "بوتين"),
            org.assertj.core.groups.Tuple.tuple("فولوديمير زيلينسكي", "زيلينسكي"));

    Recognition en = state("Crown Prince Mohammed bin Salman met him");
    tag(en, EntityType.PERSON, 1, 3); // Prince Mohammed
    tag(en, EntityType.PERSON, 4, 5); // Salman
    new KnownNames(GAZETTEER, NAMES).apply(en);
    assertThat(en.result().mentions())
        .extracting(Found::text)
        .containsExactly("Mohammed bin Salman");
  }

  @Test
  void rolesBeforeAndAfterANameAreRemembered() {
    Recognition r =
        state(
            "قال سيرجي ريابكوف، نائب وزير الخارجية الروسي، إن الرئيس الأوكراني فولوديمير زيلينسكي");
    tag(r, EntityType.PERSON, 1, 3);
    int z = r.size() - 2;
    tag(r, EntityType.PERSON, z, z + 2);
    new PersonRoles(LEXICON).apply(r);
    assertThat(r.roles()).containsEntry("نائب وزير الخارجيه الروسي", "سيرجي ريابكوف");
    assertThat(r.roles()).containsEntry("الرئيس الاوكراني", "زيلينسكي");
  }

  @Test
  void shortMentionsJoinTheFullNameAndCanonicalsMerge() {
    Recognition r =
        state("Margaret Collins spoke. Collins left. وقال فلاديمير بوتين إن بوتين وبوتين");
    tag(r, EntityType.PERSON, 0, 2);
    int v = r.tokens().stream().filter(t -> t.text().equals("فلاديمير")).findFirst().get().index();
    tag(r, EntityType.PERSON, v, v + 2);
    tag(r, EntityType.PERSON, v + 3, v + 4);
    new Surnames().apply(r);
    assertThat(r.result().mentions())
        .extracting(Found::text, Found::canonical)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Margaret Collins", "Margaret Collins"),
            org.assertj.core.groups.Tuple.tuple("Collins", "Margaret Collins"),
            org.assertj.core.groups.Tuple.tuple("فلاديمير بوتين", "بوتين"),
            org.assertj.core.groups.Tuple.tuple("بوتين", "بوتين"),
            org.assertj.core.groups.Tuple.tuple("بوتين", "بوتين"));
  }
}
