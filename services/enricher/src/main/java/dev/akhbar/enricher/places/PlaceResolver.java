package dev.akhbar.enricher.places;

import dev.akhbar.enricher.entities.Gazetteer;
import dev.akhbar.enricher.entities.GazetteerEntry;
import dev.akhbar.events.Enrichment;
import dev.akhbar.events.Enrichment.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Locations resolved for maps: country code and coordinates from the gazetteer (the project's list,
 * CLDR countries with their capital or main tzdata zone, tzdata cities). Unknown locations keep
 * their name without coordinates.
 */
public final class PlaceResolver {
  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public List<Enrichment.Place> resolve(List<Enrichment.Entity> entities) {
    List<Enrichment.Place> places = new ArrayList<>();
    for (Enrichment.Entity e : entities) {
      if (e.type() != EntityType.LOCATION) {
        continue;
      }
      GazetteerEntry g = gazetteer.byCanonical(e.canonical());
      if (g == null || g.type() != EntityType.LOCATION) {
        places.add(new Enrichment.Place(e.canonical(), null, null, null));
      } else {
        places.add(new Enrichment.Place(e.canonical(), g.countryCode(), g.lat(), g.lon()));
      }
    }
    return places;
  }
}
