import { describe, expect, it } from "vitest";
import { dayAgrees, dayOf, pageTruth, sameOutletName, trimSiteName, visibleHeadline } from "./page-truth.js";

describe("pageTruth", () => {
  it("reads JSON-LD before meta tags and trims the site name only when the page names that site", () => {
    const html = `<html><head><title>Ignored | Daily Planet</title>
      <meta property="og:title" content="Storm hits coast | Daily Planet">
      <meta property="og:site_name" content="The Daily Planet">
      <meta property="article:published_time" content="2019-03-02T10:00:00Z">
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-03-01T23:00:00-05:00","headline":"Storm"}]}</script>
      </head><body></body></html>`;
    const truth = pageTruth(html);
    expect(truth.date).toBe("2019-03-01");
    expect(truth.dateFrom).toBe("JSON-LD datePublished");
    expect(truth.headline).toBe("Storm hits coast");
    expect(truth.headlineTrimmed).toBe(true);
    expect(truth.outlet).toBe("The Daily Planet");
  });

  it("keeps a title's tail that does not name the page's site", () => {
    expect(trimSiteName("Ruling - What it means", "Daily Planet")).toEqual({
      headline: "Ruling - What it means",
      trimmed: false,
    });
    expect(pageTruth("<title>A - B</title>").headline).toBe("A - B");
  });

  it("takes the visible heading that tells the metadata headline's story, as a reader sees it", () => {
    const html = `<html><head><meta property="og:title" content="Opinion | Storm hits the coast"></head>
      <body><h1 class="logo">Daily Planet</h1><article><h1>Storm hits the coast</h1></article></body></html>`;
    const truth = pageTruth(html);
    expect(truth.headline).toBe("Storm hits the coast");
    expect(truth.headlineVisible).toBe(true);
    // A re-worded heading that still says most of the metadata headline is the one on the page.
    expect(
      visibleHeadline("Hunter diagnosed with plague", [
        "Menu",
        "Beijing hunter diagnosed with plague after meal",
      ]),
    ).toBe("Beijing hunter diagnosed with plague after meal");
  });

  it("keeps the metadata headline when no heading agrees with it", () => {
    expect(visibleHeadline("Storm hits the coast", ["Daily Planet"])).toBeNull();
    expect(visibleHeadline("Storm hits the coast", ["Storm"])).toBeNull();
    const html = `<meta property="og:title" content="Storm hits the coast"><h1>Other news of the week</h1>
      <script>var h1 = "Storm hits the coast";</script>`;
    expect(pageTruth(html).headline).toBe("Storm hits the coast");
    expect(pageTruth(html).headlineVisible).toBe(false);
  });

  it("reads itemprop=headline elements but not script text inside them", () => {
    const html = `<meta property="og:title" content="Rates rise again - Money"><h2 itemprop="headline">Rates rise again<script>x()</script></h2>`;
    expect(pageTruth(html).headline).toBe("Rates rise again");
  });

  it("has no date when the metadata does not name a day", () => {
    expect(dayOf("yesterday")).toBeNull();
    expect(dayOf("2019/13/01")).toBeNull();
    expect(pageTruth('<meta name="date" content="March 2019">').date).toBeNull();
  });

  it("compares outlet names without case, punctuation, a leading The or .com", () => {
    expect(sameOutletName("The Verge", "verge")).toBe(true);
    expect(sameOutletName("Vox.com", "Vox")).toBe(true);
    expect(sameOutletName("Vox", "Voice")).toBe(false);
  });
});

describe("dayAgrees", () => {
  it("accepts the page's own-zone day for a UTC metadata time, and only that", () => {
    expect(dayAgrees("2019-11-19", "2019-11-20", "2019-11-20T04:31:13Z")).toBe(true);
    expect(dayAgrees("2019-11-18", "2019-11-20", "2019-11-20T04:31:13Z")).toBe(false);
    expect(dayAgrees("2019-11-21", "2019-11-20", "2019-11-20T13:00:00+00:00")).toBe(true);
    expect(dayAgrees("2019-11-21", "2019-11-20", "2019-11-20T04:31:13+00:00")).toBe(false);
    expect(dayAgrees("2019-11-18", "2019-11-19", "2019-11-19 02:24:00")).toBe(true);
  });
  it("stays strict when the metadata names a zone other than UTC or gives no time", () => {
    expect(dayAgrees("2019-11-19", "2019-11-20", "2019-11-20T04:31:13-06:00")).toBe(false);
    expect(dayAgrees("2019-11-19", "2019-11-20", "2019-11-20")).toBe(false);
  });
});
