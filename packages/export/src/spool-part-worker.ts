/**
 * A worker thread that writes one slice of the article spool as rows (see render-article-files.ts). Loaded from
 * the compiled dist/ code; the slice and the links come as workerData and the row counts go back as the one message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { lookupOf, PartJobSchema, renderSpoolPart } from "./spool-part.js";

const { part, links } = PartJobSchema.parse(workerData);
parentPort?.postMessage(await renderSpoolPart(part, links && lookupOf(links)));
