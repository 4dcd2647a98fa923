// Akhbar search page. Everything shown is built with DOM nodes and textContent: no string from the
// API or the address bar is ever parsed as HTML. Snippets arrive as escaped text with <mark> only
// (Elasticsearch's html encoder) and are split into text and <mark> nodes here.
"use strict";

const FILTERS = ["lang", "source", "person", "org", "country", "story"];
const FACETS = [
  ["sources", "source"],
  ["languages", "lang"],
  ["persons", "person"],
  ["organizations", "org"],
  ["countries", "country"],
  ["stories", "story"],
];
const readerLocales = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "ar"];
let messages = {};
let uiLang = "ar";
let map = null;
let markers = null;
let lastParams = null;

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "text") e.textContent = v;
    else if (k === "class") e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function t(key, n) {
  const s = messages[key] || key;
  return n === undefined ? s : s.replace("{n}", new Intl.NumberFormat(readerLocales).format(n));
}

// --- Formatting in the reader's form -----------------------------------------------------------

function formatDate(iso) {
  const d = new Date(iso);
  if (!iso || isNaN(d)) return "";
  return new Intl.DateTimeFormat(readerLocales, { dateStyle: "medium" }).format(d);
}

function displayName(type, code) {
  try {
    return new Intl.DisplayNames(readerLocales, { type }).of(code) || code;
  } catch (e) {
    return code;
  }
}

function facetLabel(facet, value) {
  if (facet === "languages") return value.value === "und" ? "?" : displayName("language", value.value);
  if (facet === "countries") return displayName("region", value.value);
  if (facet === "stories") return value.label || value.value;
  return value.value;
}

const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', "#x27": "'", "#x2F": "/", "#39": "'", "#47": "/" };

/** Escaped text with <mark>…</mark> into text and <mark> nodes (never innerHTML). */
function appendSnippet(parent, html) {
  let marked = false;
  for (const part of (html || "").split(/(<mark>|<\/mark>)/)) {
    if (part === "<mark>") { marked = true; continue; }
    if (part === "</mark>") { marked = false; continue; }
    if (!part) continue;
    const text = part.replace(/&(lt|gt|amp|quot|#x27|#x2F|#39|#47);/g, (m, e) => ENTITIES[e]);
    parent.append(marked ? el("mark", { text }) : text);
  }
}

/** Only http(s) links to originals: a javascript: or data: URL in an article is not a link. */
function safeHref(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch (e) {
    return null;
  }
}

// --- State in the address bar ------------------------------------------------------------------

function paramsFromLocation() {
  return new URLSearchParams(location.search);
}

function go(params, replace) {
  const url = "/?" + params.toString();
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  route();
}

function withFilter(key, value) {
  const p = paramsFromLocation();
  p.delete("article");
  if (!p.getAll(key).includes(value)) p.append(key, value);
  return p;
}

function withoutFilter(key, value) {
  const p = paramsFromLocation();
  const rest = p.getAll(key).filter((v) => v !== value);
  p.delete(key);
  rest.forEach((v) => p.append(key, v));
  return p;
}

// --- API ---------------------------------------------------------------------------------------

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message || response.status + " " + response.statusText);
  return body;
}

function searchQuery(p, after) {
  const q = new URLSearchParams();
  for (const key of ["q", "sort", "from", "to", ...FILTERS]) p.getAll(key).forEach((v) => v && q.append(key, v));
  if (after) q.set("after", after);
  return "/api/search?" + q.toString();
}

// --- Search view -------------------------------------------------------------------------------

async function showSearch(p) {
  $("article-view").hidden = true;
  $("search-view").hidden = false;
  $("q").value = p.get("q") || "";
  $("sort").value = p.get("sort") || "";
  lastParams = p;
  $("status").textContent = t("loading");
  try {
    const result = await api(searchQuery(p));
    if (lastParams !== p) return;
    $("results").replaceChildren();
    renderStatus(result);
    renderActiveFilters(p);
    renderFacets(result.facets);
    appendHits(result.hits);
    renderMap(result.hits, false);
    setMore(p, result.next);
  } catch (e) {
    $("results").replaceChildren();
    $("facets").replaceChildren();
    $("status").textContent = t("error") + ": " + e.message;
    setMore(p, null);
  }
}

function renderStatus(result) {
  const status = $("status");
  status.textContent =
    result.total === 0 ? t("noResults") : result.totalExact ? t("results", result.total) : t("resultsAtLeast", result.total);
  status.dataset.total = result.total;
}

function setMore(p, next) {
  const more = $("more");
  more.hidden = !next;
  more.onclick = async () => {
    more.disabled = true;
    try {
      const result = await api(searchQuery(p, next));
      appendHits(result.hits);
      renderMap(result.hits, true);
      setMore(p, result.next);
    } catch (e) {
      $("status").textContent = t("error") + ": " + e.message;
    } finally {
      more.disabled = false;
    }
  };
}

function appendHits(hits) {
  const list = $("results");
  for (const hit of hits) {
    const title = el("a", { href: "/?article=" + encodeURIComponent(hit.id), class: "title", text: hit.title || hit.url || hit.id });
    title.addEventListener("click", (ev) => {
      ev.preventDefault();
      const p = new URLSearchParams();
      p.set("article", hit.id);
      go(p);
    });
    const meta = el("p", { class: "meta" },
      el("bdi", { class: "source", text: hit.siteName || hit.source || "" }),
      " · ",
      el("time", { datetime: hit.date || "", text: formatDate(hit.date) }),
      " · ",
      el("span", { class: "language", text: hit.language ? displayName("language", hit.language) : "" }));
    const snippet = el("p", { class: "snippet" });
    appendSnippet(snippet, hit.snippet);
    const entities = el("p", { class: "entities" });
    for (const [key, values] of [["person", hit.persons], ["org", hit.organizations]]) {
      for (const v of (values || []).slice(0, 6)) entities.append(chip(key, v));
    }
    const item = el("li", { class: "hit", lang: hit.language || "", dir: hit.direction || "auto", "data-id": hit.id },
      el("h3", {}, title), meta, snippet, entities);
    list.append(item);
  }
}

function chip(key, value) {
  const b = el("button", { type: "button", class: "chip chip-" + key, dir: "auto", text: value });
  b.addEventListener("click", () => go(withFilter(key, value)));
  return b;
}

function renderActiveFilters(p) {
  const box = $("active-filters");
  box.replaceChildren();
  for (const key of FILTERS) {
    for (const value of p.getAll(key)) {
      const label = key === "lang" ? displayName("language", value) : key === "country" ? displayName("region", value) : value;
      const b = el("button", { type: "button", class: "active-filter", "data-filter": key, title: t("remove") },
        el("span", { dir: "auto", text: label }), " ×");
      b.addEventListener("click", () => go(withoutFilter(key, value)));
      box.append(b);
    }
  }
}

function renderFacets(facets) {
  const box = $("facets");
  box.replaceChildren();
  for (const [facet, param] of FACETS) {
    const values = (facets && facets[facet]) || [];
    if (!values.length) continue;
    const list = el("ul", {});
    for (const v of values) {
      const b = el("button", { type: "button", class: "facet-value", "data-facet": facet, "data-value": v.value },
        el("span", { class: "label", dir: "auto", text: facetLabel(facet, v) }),
        el("span", { class: "count", text: new Intl.NumberFormat(readerLocales).format(v.count) }));
      b.addEventListener("click", () => go(withFilter(param, v.value)));
      list.append(el("li", {}, b));
    }
    box.append(el("section", { class: "facet", "data-facet": facet }, el("h2", { text: t(facet) }), list));
  }
}

// --- Map: a bundled world outline, no tile server ----------------------------------------------

let world = null;

async function ensureMap() {
  if (map || typeof L === "undefined") return map;
  map = L.map("map", { worldCopyJump: false, attributionControl: true, zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth");
  map.setView([25, 20], 1);
  try {
    world = world || (await (await fetch("/world/countries-110m.geojson")).json());
    L.geoJSON(world, { style: { color: "#8a8f98", weight: 0.6, fillColor: "#e7e3d8", fillOpacity: 1 }, interactive: false }).addTo(map);
  } catch (e) {
    // The map stays without an outline; the markers still show.
  }
  markers = L.layerGroup().addTo(map);
  return map;
}

async function renderMap(hits, append) {
  const m = await ensureMap();
  if (!m) return;
  if (!append) markers.clearLayers();
  const byPlace = new Map();
  for (const hit of hits) {
    for (const place of hit.places || []) {
      if (place.lat === null || place.lon === null || place.lat === undefined) continue;
      const key = place.lat + "," + place.lon;
      if (!byPlace.has(key)) byPlace.set(key, { place, titles: [] });
      byPlace.get(key).titles.push(hit.title || hit.id);
    }
  }
  for (const { place, titles } of byPlace.values()) {
    const content = el("div", { dir: "auto" }, el("strong", { text: place.name || "" }));
    for (const title of titles.slice(0, 5)) content.append(el("div", { dir: "auto", text: title }));
    L.circleMarker([place.lat, place.lon], { radius: 5 + Math.min(titles.length, 8), color: "#9c2f1f", weight: 1, fillOpacity: 0.7 })
      .bindTooltip(content)
      .addTo(markers);
  }
  const layers = markers.getLayers();
  $("map").dataset.markers = layers.length;
  if (layers.length) m.fitBounds(L.featureGroup(layers).getBounds().pad(0.5), { maxZoom: 4 });
  else m.setView([25, 20], 1);
}

// --- Article and story view --------------------------------------------------------------------

async function showArticle(id) {
  $("search-view").hidden = true;
  $("article-view").hidden = false;
  const box = $("article");
  box.replaceChildren(el("p", { text: t("loading") }));
  $("story-pane").replaceChildren();
  window.scrollTo(0, 0);
  try {
    const a = await api("/api/articles/" + encodeURIComponent(id));
    box.replaceChildren();
    box.setAttribute("lang", a.language || "");
    box.setAttribute("dir", a.direction || "auto");
    box.append(el("h1", { text: a.title || a.url }));
    const meta = el("p", { class: "meta" },
      el("bdi", { text: a.siteName || a.source || "" }), " · ",
      el("time", { datetime: a.date || "", text: formatDate(a.date) }));
    if (a.authors && a.authors.length) meta.append(" · " + t("by") + " " + a.authors.join("، "));
    const href = safeHref(a.url);
    if (href) meta.append(" · ", el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank", text: t("original") }));
    box.append(meta);
    if (a.description) box.append(el("p", { class: "description", text: a.description }));
    for (const para of a.paragraphs || []) box.append(el("p", { text: para }));
    if (a.quotes && a.quotes.length) {
      const quotes = el("section", { class: "quotes" }, el("h2", { text: t("quotes") }));
      for (const q of a.quotes) {
        quotes.append(el("blockquote", {}, el("p", { text: q.text }), q.speaker ? el("footer", { text: "— " + q.speaker }) : null));
      }
      box.append(quotes);
    }
    const entities = el("p", { class: "entities" });
    for (const [key, values] of [["person", a.persons], ["org", a.organizations]]) {
      for (const v of values || []) entities.append(chip(key, v));
    }
    box.append(entities);
    if (a.places && a.places.length) {
      const places = el("ul", { class: "places" });
      for (const pl of a.places) places.append(el("li", { dir: "auto", text: pl.name + (pl.countryCode ? " (" + displayName("region", pl.countryCode) + ")" : "") }));
      box.append(el("section", { class: "places" }, el("h2", { text: t("places") }), places));
    }
    const story = el("section", { id: "story", class: "story", "data-story": a.storyId || "" }, el("h2", { text: t("story") }));
    if (!a.story || !a.story.length) story.append(el("p", { text: t("noStory") }));
    const list = el("ol", {});
    for (const s of a.story || []) {
      const link = el("a", { href: "/?article=" + encodeURIComponent(s.id), text: s.title || s.id });
      link.addEventListener("click", (ev) => {
        ev.preventDefault();
        const p = new URLSearchParams();
        p.set("article", s.id);
        go(p);
      });
      list.append(el("li", { lang: s.language || "", dir: s.direction || "auto", "data-id": s.id }, link,
        el("div", { class: "meta" }, el("bdi", { text: s.source || "" }), " · ",
          el("time", { datetime: s.date || "", text: formatDate(s.date) }))));
    }
    story.append(list);
    $("story-pane").replaceChildren(story);
  } catch (e) {
    box.replaceChildren(el("p", { class: "error", text: t("error") + ": " + e.message }));
    $("story-pane").replaceChildren();
  }
}

// --- Start ---------------------------------------------------------------------------------------

function route() {
  const p = paramsFromLocation();
  const article = p.get("article");
  if (article) showArticle(article);
  else showSearch(p);
}

async function start() {
  try {
    const all = await (await fetch("/i18n.json")).json();
    uiLang = readerLocales.map((l) => l.slice(0, 2).toLowerCase()).find((l) => all[l]) || "ar";
    messages = all[uiLang];
  } catch (e) {
    messages = {};
  }
  document.documentElement.lang = uiLang;
  document.documentElement.dir = uiLang === "ar" ? "rtl" : "ltr";
  document.querySelectorAll("[data-i18n]").forEach((n) => (n.textContent = t(n.dataset.i18n)));
  $("q").placeholder = t("placeholder");
  $("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    const q = $("q").value.trim();
    if (q) p.set("q", q);
    if ($("sort").value) p.set("sort", $("sort").value);
    go(p);
  });
  $("back").addEventListener("click", (ev) => {
    ev.preventDefault();
    history.length > 1 ? history.back() : go(new URLSearchParams());
  });
  window.addEventListener("popstate", route);
  route();
}

document.addEventListener("DOMContentLoaded", start);
