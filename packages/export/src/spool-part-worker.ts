/**
 * A worker thread that writes one slice of the article spool as rows (see render-article-files.ts). Loaded from
 * the compiled dist/ code; the slice comes as workerData and the row counts go back as the one message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { renderSpoolPart, SpoolPartSchema } from "./spool-part.js";

parentPort?.postMessage(await renderSpoolPart(SpoolPartSchema.parse(workerData)));
