import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InputEntry, listInputs } from "./list-inputs.js";

let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "clippings-list-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function list(paths: string[]): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  for await (const entry of listInputs(paths)) out.push(entry);
  return out;
}

const shown = (root: string) => (e: InputEntry) =>
  e.kind === "file"
    ? `${e.format}:${e.path.slice(root.length)}`
    : `error:${e.row.error}:${e.row.source.slice(root.length)}`;

describe("listInputs", () => {
  it("lists a folder recursively in name order, skipping dotfiles, and reports unknown formats", async () => {
    const root = join(dir, "tree");
    await mkdir(join(root, "sub"), { recursive: true });
    await writeFile(join(root, "b.txt"), "b");
    await writeFile(join(root, "a.html.gz"), gzipSync("<p>a</p>"));
    await writeFile(join(root, "sub", "c.jsonl"), "");
    await writeFile(join(root, ".hidden.txt"), "x");
    await writeFile(join(root, "d.pdf"), "x");
    expect((await list([root])).map(shown(root))).toEqual([
      "html:/a.html.gz",
      "text:/b.txt",
      "error:unsupported-format:/d.pdf",
      "jsonl:/sub/c.jsonl",
    ]);
  });

  it("reports a missing path and a glob with no match", async () => {
    const entries = await list([join(dir, "missing.txt"), join(dir, "nothing-*.txt")]);
    expect(entries.map((e) => (e.kind === "error" ? e.row.error : "file"))).toEqual([
      "not-found",
      "not-found",
    ]);
  });

  it("follows symbolic links to folders and files, and reports a broken one", async () => {
    const root = join(dir, "linked");
    const elsewhere = join(dir, "elsewhere");
    await mkdir(join(elsewhere, "batch"), { recursive: true });
    await mkdir(root, { recursive: true });
    await writeFile(join(elsewhere, "batch", "x.txt"), "x");
    await writeFile(join(elsewhere, "y.html"), "<p>y</p>");
    await symlink(join(elsewhere, "batch"), join(root, "a-batch"));
    await symlink(join(elsewhere, "y.html"), join(root, "b.html"));
    await symlink(join(elsewhere, "gone.txt"), join(root, "c.txt"));
    expect((await list([root])).map(shown(root))).toEqual([
      "text:/a-batch/x.txt",
      "html:/b.html",
      "error:not-found:/c.txt",
    ]);
  });

  it("walks a folder once when links lead back to it", async () => {
    const root = join(dir, "cycle");
    await mkdir(join(root, "sub"), { recursive: true });
    await writeFile(join(root, "sub", "a.txt"), "a");
    await symlink(root, join(root, "sub", "up"));
    await symlink(join(root, "sub"), join(root, "twin"));
    expect((await list([root])).map(shown(root))).toEqual(["text:/sub/a.txt"]);
  });
});
