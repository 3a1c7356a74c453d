// Bundles the `kepu` command into apps/cli/dist (run by `npm run build:cli`, and by `npm install` through `prepare`):
// our own packages compiled in, node_modules packages left as imports, each command's code in a chunk loaded when it
// runs. bin/kepu.js runs the bundle when it is newer than every source file, else the TypeScript through tsx.
import { fileURLToPath } from 'node:url';

export default {
  input: fileURLToPath(new URL('./src/main.ts', import.meta.url)),
  platform: 'node',
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@kepu/'),
  output: {
    dir: fileURLToPath(new URL('./dist', import.meta.url)),
    format: 'esm',
    entryFileNames: '[name].mjs',
    chunkFileNames: '[name]-[hash].mjs',
    cleanDir: true,
  },
};
