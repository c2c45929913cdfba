#!/usr/bin/env node
// The `bin` entry of @coeval/cli: the sources are TypeScript, run through tsx's loader.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
