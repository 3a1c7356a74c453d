// The area trees of the GB/T 2260 package, read from disk: for the CLI and build scripts, never the web app (node:fs).
export { buildAreaSeed } from './build-areas.ts';
export { readDivisionSource, resolveDivisionCode } from './division-csv.ts';
