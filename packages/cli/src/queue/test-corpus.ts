/**
 * A small mixed corpus for the queue tests and bench: the sample scrapes under new names, their text as HTML
 * pages inside a WARC (one gzip member a record, with the records a crawler writes around pages), a truncated
 * WARC and a few bad files, so that every kind of outcome (articles, error rows, skipped records) crosses the queue.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { repoRoot } from "../test-context.js";

const SAMPLES = join(repoRoot, "corpus/japan-nato");
const DOMAINS = ["www.upi.com", "www.jiji.com", "menafn.com", "www.kuna.net.kw", "japannews.yomiuri.co.jp"];

function warcRecord(id: string, type: string, uri: string, date: string, block: Buffer): Buffer {
  const head = [
    "WARC/1.0",
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:${id}>`,
    `WARC-Target-URI: ${uri}`,
    `WARC-Date: ${date}`,
    `Content-Type: application/http; msgtype=${type}`,
    `Content-Length: ${block.length}`,
  ].join("\r\n");
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from("\r\n\r\n")]);
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A scrape's text as a plain article page: its first long line as the headline, the rest as paragraphs. */
function asHtml(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !/^date \d{4}/.test(l));
  const headline = lines.find((l) => l.split(" ").length >= 5) ?? lines[0] ?? "";
  const paragraphs = lines.filter((l) => l !== headline && l.split(" ").length >= 12);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${escapeHtml(headline)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</article></body></html>`;
}

function httpResponse(html: string): Buffer {
  const body = Buffer.from(html);
  return Buffer.concat([
    Buffer.from(
      `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`,
    ),
    body,
  ]);
}

/** Writes the corpus into `dir` and returns the folder to pass as the input. */
export async function writeTestCorpus(dir: string, rounds: number): Promise<string> {
  const inputs = join(dir, "in");
  await mkdir(inputs, { recursive: true });
  const samples = (await readdir(SAMPLES)).filter((name) => name.endsWith(".txt")).sort();
  const texts = await Promise.all(samples.map((name) => readFile(join(SAMPLES, name), "utf8")));
  for (let round = 0; round < rounds; round += 1)
    for (const name of samples) await copyFile(join(SAMPLES, name), join(inputs, `${round}-${name}`));
  await writeFile(join(inputs, "1-empty.txt"), "");
  await writeFile(join(inputs, "2-menu.txt"), "Home\nNews\nSport\n");
  await writeFile(join(inputs, "3-records.jsonl"), '{"id":"r1","text":"Headline\\nToo short."}\nnot json\n');
  const records: Buffer[] = [];
  for (let round = 0; round < rounds; round += 1)
    texts.forEach((text, i) => {
      const uri = `https://${DOMAINS[i % DOMAINS.length]}/news/2025/04/0${(i % 9) + 1}/story-${round}-${i}`;
      const date = `2025-04-${String(10 + (i % 9)).padStart(2, "0")}T08:00:00Z`;
      records.push(
        warcRecord(
          `req-${round}-${i}`,
          "request",
          uri,
          date,
          Buffer.from(`GET / HTTP/1.1\r\nHost: x\r\n\r\n`),
        ),
      );
      records.push(warcRecord(`page-${round}-${i}`, "response", uri, date, httpResponse(asHtml(text))));
    });
  const members = Buffer.concat(records.map((r) => gzipSync(r)));
  await writeFile(join(inputs, "crawl.warc.gz"), members);
  const plain = Buffer.concat(records.slice(0, 6));
  await writeFile(join(inputs, "cut.warc"), plain.subarray(0, plain.length - 100));
  return inputs;
}
