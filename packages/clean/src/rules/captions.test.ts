import { describe, expect, it } from "vitest";
import { photoCreditRule } from "./captions.js";

const judge = (text: string) => photoCreditRule({ index: 0, text, start: 0, end: text.length, hints: {} });

describe("a figure's label before its legend", () => {
  it.each([
    "Figure 2: Snow depth along the ridge in March.",
    "Fig. 3: The old bridge before the flood.",
    "Abbildung 4: Eine typische Schwachschicht im Schneeprofil.",
    "Abbildung: Vergleich der beiden Messungen am Gletscher",
    "Abb. 2: Der Pegel im Frühjahr",
    "Figura 1: Evolución de los precios en 2020.",
    "Graphique 3 : l'évolution des prix depuis 2020",
  ])("marks %j as a caption", (line) => {
    expect(judge(line)?.role).toBe("caption");
  });

  it.each([
    "Figure skating returned to the city's old rink on Saturday, after a break of ten years.",
    "Figures from the ministry show that prices rose by three percent in March.",
    "Abbildungen wie diese zeigen, wie stark der Gletscher geschrumpft ist, sagte die Forscherin.",
  ])("keeps the story's line %j", (line) => {
    expect(judge(line)).toBeNull();
  });
});
