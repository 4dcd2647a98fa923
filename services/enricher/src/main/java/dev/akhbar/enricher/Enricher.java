package dev.akhbar.enricher;

import dev.akhbar.enricher.entities.EntityRecognizer;
import dev.akhbar.enricher.entities.Found;
import dev.akhbar.enricher.entities.Gazetteer;
import dev.akhbar.enricher.entities.Lexicon;
import dev.akhbar.enricher.entities.Recognized;
import dev.akhbar.enricher.keyphrases.KeyPhraseExtractor;
import dev.akhbar.enricher.language.LanguageIdentifier;
import dev.akhbar.enricher.language.Scripts;
import dev.akhbar.enricher.mentions.MentionExtractor;
import dev.akhbar.enricher.places.PlaceResolver;
import dev.akhbar.enricher.quotes.QuoteExtractor;
import dev.akhbar.enricher.stories.StoryIndex;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.enricher.text.Tokenizer;
import dev.akhbar.events.Enrichment;
import dev.akhbar.events.ParsedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an article into its {@link Enrichment}: language, entities, quotes, places, mentions, story
 * id and key phrases. Knows nothing of Kafka: the messaging adapter, the command-line harness and
 * the benchmark all call it. Thread-safe once built.
 */
public final class Enricher {
  private final LanguageIdentifier languages;
  private final EntityRecognizer entities;
  private final QuoteExtractor quotes;
  private final PlaceResolver places;
  private final MentionExtractor mentions;
  private final KeyPhraseExtractor keyPhrases;
  private final StoryIndex stories;
  private final Clock clock;

  public Enricher(LanguageIdentifier languages, StoryIndex stories, Clock clock) {
    this(languages, EntityRecognizer.load(), stories, clock);
  }

  public Enricher(
      LanguageIdentifier languages, EntityRecognizer entities, StoryIndex stories, Clock clock) {
    this.languages = languages;
    Lexicon lexicon = entities.lexicon();
    Gazetteer gazetteer = entities.gazetteer();
    this.entities = entities;
    this.quotes = new QuoteExtractor(lexicon);
    this.places = new PlaceResolver(gazetteer);
    this.mentions = new MentionExtractor();
    this.keyPhrases = new KeyPhraseExtractor(lexicon);
    this.stories = stories;
    this.clock = clock;
  }

  /** An enricher with the given candidate languages and its own story index. */
  public static Enricher create(
      Collection<String> languageCodes, boolean lowAccuracy, StoryIndex stories) {
    return new Enricher(
        new LanguageIdentifier(languageCodes, lowAccuracy), stories, Clock.systemUTC());
  }

  /** Enriches a parsed article; offsets refer to {@link ParsedArticle#body()}. */
  public Enrichment enrich(ParsedArticle article) {
    LocalDate date =
        article.publishedAt() != null
            ? article.publishedAt().toLocalDate()
            : LocalDate.ofInstant(article.fetchedAt(), ZoneOffset.UTC);
    return enrich(new ArticleText(article.id(), article.title(), article.body(), null, date));
  }

  public Enrichment enrich(ArticleText article) {
    String body = article.body();
    Enrichment.Language language = language(article);
    Recognized rec = entities.recognize(body, language.code());
    List<Enrichment.Entity> entityList = group(rec.mentions());
    Instant now = clock.instant();
    // the body is tokenised once, by the recogniser; key phrases and story ids reuse its tokens
    List<Token> titleTokens = Tokenizer.tokenize(article.title());
    List<Token> titleAndBody = new ArrayList<>(titleTokens.size() + rec.tokens().size());
    titleAndBody.addAll(titleTokens);
    titleAndBody.addAll(rec.tokens());
    return new Enrichment(
        language,
        entityList,
        quotes.extract(body, rec),
        places.resolve(entityList),
        mentions.extract(body, article.date()),
        stories.assign(article.id(), titleAndBody, now),
        keyPhrases.extract(article.title(), titleTokens, body, rec.tokens()),
        now);
  }

  private Enrichment.Language language(ArticleText article) {
    String text = article.title() + "\n" + article.body();
    if (article.languageHint() != null && !article.languageHint().isBlank()) {
      Scripts.Dominant script = Scripts.dominant(text);
      return new Enrichment.Language(
          article.languageHint().strip().toLowerCase(Locale.ROOT),
          1.0,
          script.code(),
          script.direction());
    }
    return languages.identify(text);
  }

  private static List<Enrichment.Entity> group(List<Found> found) {
    Map<String, List<Found>> byEntity = new LinkedHashMap<>();
    for (Found f : found) {
      byEntity.computeIfAbsent(f.type() + "\u0000" + f.canonical(), k -> new ArrayList<>()).add(f);
    }
    List<Enrichment.Entity> out = new ArrayList<>();
    for (List<Found> group : byEntity.values()) {
      Found first = group.get(0);
      List<Enrichment.Span> spans =
          group.stream().map(f -> new Enrichment.Span(f.start(), f.end(), f.text())).toList();
      out.add(new Enrichment.Entity(first.type(), first.canonical(), spans.size(), spans));
    }
    return out;
  }
}
