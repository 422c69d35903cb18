import { describe, expect, it } from "vitest";
import { namesInByline } from "./byline.js";

describe("namesInByline", () => {
  it("reads a name hyphenated with soft hyphens as the name", () => {
    expect(namesInByline("Von Jo\u00ADhan\u00ADna Rohr")).toEqual(["Johanna Rohr"]);
  });

  it("reads bylines in several languages and splits their names", () => {
    expect(namesInByline("By Jane Roe and Ola Kent")).toEqual(["Jane Roe", "Ola Kent"]);
    expect(namesInByline("Von Jana Rohr und Otto Kern")).toEqual(["Jana Rohr", "Otto Kern"]);
    expect(namesInByline("Par Jeanne Roux et Luc Blanc")).toEqual(["Jeanne Roux", "Luc Blanc"]);
    expect(namesInByline("Por Juana Ruiz y Pedro Gil")).toEqual(["Juana Ruiz", "Pedro Gil"]);
    expect(namesInByline("Door Jan de Vries")).toEqual(["Jan de Vries"]);
    // Title case capitalises the conjunction; the outlet written for is no name.
    expect(namesInByline("By Jane Roe And Ola Kent For The Example Sunday")).toEqual([
      "Jane Roe",
      "Ola Kent",
    ]);
    expect(namesInByline("By Jane Roe for Example.com")).toEqual(["Jane Roe"]);
    // An interview credits its interviewer; the person interviewed follows "mit"/"with".
    expect(namesInByline("Ein Interview von Jana Rohr mit Otto Kern.")).toEqual(["Jana Rohr"]);
    expect(namesInByline("An interview by Jane Roe with Ola Kent")).toEqual(["Jane Roe"]);
    expect(namesInByline("Text: Jana Rohr")).toEqual(["Jana Rohr"]);
    expect(namesInByline("Posted by Jane Roe")).toEqual(["Jane Roe"]);
  });

  it("cuts the date and section after the names", () => {
    expect(namesInByline("VON JANA ROHR am 21. April 2020")).toEqual(["JANA ROHR"]);
    expect(namesInByline("By Jane Roe - January 10, 2020")).toEqual(["Jane Roe"]);
    expect(namesInByline("By Jane Roe | Politics")).toEqual(["Jane Roe"]);
  });

  it("needs a whole by-word and names after it", () => {
    expect(namesInByline("Dieter Braun said so")).toBeNull();
    expect(namesInByline("Byron Smith")).toBeNull();
    expect(namesInByline("Von Montag bis Freitag geöffnet")).toBeNull();
    expect(namesInByline("Par exemple, la ville")).toBeNull();
  });
});

describe("namesInByline with what it credits", () => {
  it("reads a credit that names the piece or the act of writing before its by-word", () => {
    expect(namesInByline("Text von Jana Rohr")).toEqual(["Jana Rohr"]);
    expect(namesInByline("Blog Beitrag von Jana Rohr")).toEqual(["Jana Rohr"]);
    expect(namesInByline("Ein Gastbeitrag von Jana Rohr")).toEqual(["Jana Rohr"]);
    expect(namesInByline("Erstellt von Jana Rohr")).toEqual(["Jana Rohr"]);
    expect(namesInByline("Written by: Jane Roe")).toEqual(["Jane Roe"]);
    expect(namesInByline("---- by Jane Roe")).toEqual(["Jane Roe"]);
    expect(namesInByline("Autoren: Jana Rohr/Otto Kern")).toEqual(["Jana Rohr", "Otto Kern"]);
    expect(namesInByline("Text & Fotos: Jana Rohr")).toEqual(["Jana Rohr"]);
    expect(namesInByline("Text und Bilder: Jana Rohr")).toEqual(["Jana Rohr"]);
  });

  it("leaves out other credits, agencies after a slash and roles in brackets", () => {
    expect(namesInByline("Text von Jana Rohr Illustration von Otto Kern")).toEqual(["Jana Rohr"]);
    expect(namesInByline("By Jane Roe, photos by Ola Kent")).toEqual(["Jane Roe"]);
    expect(namesInByline("Autor: Jana Rohr/SP-X")).toEqual(["Jana Rohr"]);
    expect(namesInByline("Text: Jana Rohr (Sprecherin des Vereins)")).toEqual(["Jana Rohr"]);
  });

  it("does not read other phrases with a by-word as credits", () => {
    expect(namesInByline("Die Rückkehr von Jana Rohr")).toBeNull();
    expect(namesInByline("Foto von Jana Rohr")).toBeNull();
    expect(namesInByline("Fotos: Jana Rohr")).toBeNull();
    expect(namesInByline("Photo by Jane Roe")).toBeNull();
  });
});
