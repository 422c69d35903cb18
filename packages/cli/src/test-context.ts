import { fileURLToPath } from "node:url";
import { OutletRegistrySchema } from "@clippings/core";
import { RegistryIndex } from "@clippings/extract";
import registryJson from "../../../outlets/outlets.json" with { type: "json" };

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** The repository's outlet registry, validated, for tests that run whole documents through the stages. */
export const testRegistry = new RegistryIndex(OutletRegistrySchema.parse(registryJson));
