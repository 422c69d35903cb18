import type { BlockRule } from "./types.js";

// Photo credits: "Photo by X/Agency", "(AP Photo/X)", "Photo: X", "Getty Images", "(credit: X/Y)".
const PHOTO_CREDIT =
  /\((photo |image )?credits?:\s|\b(photo(graph)?s?|image|picture|video)\s*(by|:|credit|courtesy)\b|\((AP|AFP|Reuters|EPA|Getty|Kyodo|Xinhua|Yonhap)[^)]{0,40}(photo|images?|via)[^)]{0,40}\)|\bgetty images\b|\bfile photo\b|\/(EPA-EFE|AFP|AP|Reuters|Getty Images)\b/i;
// People placed by position in a picture: "(right)", ", left,", "from left", "(L)".
const POSITION_CUE =
  /\((left|right|center|centre|front|back|L|R|C)\)|,\s(left|right|center|centre),\s|\bfrom (left|right)\b/i;

// A credit line that starts with its label, in the languages of the European web: "Foto: X", "Titelbild: X",
// "Bildquelle: X", "Crédits photos : X", "Imagen: X". Only as the start of a short line, so that prose that
// mentions a picture stays prose.
const CREDIT_LABEL =
  /^((titel|beitrags|artikel|vorschau|header)?bild(er)?|bildquelle|bildnachweis|fotos?|fotografie|photos?|crédits? photos?|cr[ée]dito|imagen|imagem|immagine|zdjęcie)\s*:\s*\S/iu;
const MAX_CREDIT_LABEL_CHARS = 160;
// A figure's label, numbered or not, before its legend: "Figure 2: …", "Abbildung: …", "Abb. 3: …", "Figura 1: …".
const FIGURE_LABEL = /^(figure|fig\.|abbildung|abb\.|grafik|figura|gráfico|graphique)\s*\d*[a-z]?\s*:\s*\S/iu;

const caption = { role: "caption" as const, reason: "caption" as const };

export const photoCreditRule: BlockRule = (block) =>
  (block.text.length < 600 && PHOTO_CREDIT.test(block.text)) ||
  (block.text.length <= MAX_CREDIT_LABEL_CHARS &&
    (CREDIT_LABEL.test(block.text) || FIGURE_LABEL.test(block.text)))
    ? caption
    : null;

/** A position cue marks a caption only in a short block: article prose rarely places people by side. */
export const positionCaptionRule: BlockRule = (block) =>
  block.text.length < 400 && POSITION_CUE.test(block.text) ? caption : null;
