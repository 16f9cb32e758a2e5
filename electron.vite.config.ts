import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { cpSync, existsSync, statSync, createReadStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

const pdfjsDir = resolve(root, 'node_modules/pdfjs-dist');
const PDFJS_ASSETS = ['cmaps', 'standard_fonts'];

/**
 * pdf.js needs its character maps and standard fonts at run time and nothing may be fetched from
 * the internet: serve them from node_modules in dev, copy them beside the bundle in a build.
 */
function pdfjsAssets(): Plugin {
  let outDir = '';
  return {
    name: 'pdfjs-assets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /^\/pdfjs\/(cmaps|standard_fonts)\/([\w.-]+)$/.exec(req.url?.split('?')[0] ?? '');
        const file = match ? join(pdfjsDir, match[1], match[2]) : '';
        if (!match || !existsSync(file) || !statSync(file).isFile()) return next();
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      for (const dir of PDFJS_ASSETS) cpSync(join(pdfjsDir, dir), join(outDir, 'pdfjs', dir), { recursive: true });
    },
  };
}

/**
 * The dev server injects inline styles and the React refresh preamble; the CSP of index.html is
 * relaxed for `electron-vite dev` only. Built bundles keep the strict policy.
 */
function devCsp(): Plugin {
  return {
    name: 'dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}

export default defineConfig({
  main: {
    build: {
      // The review worker is its own entry, so that out/main/reviewWorker.js exists beside index.js
      // for main/documents/reviewInWorker.ts to start. assetPaths.js is loaded by the package test
      // only (test/package): the app's own run-time path resolution, without Electron.
      rollupOptions: {
        input: {
          index: resolve(root, 'main/index.ts'),
          reviewWorker: resolve(root, 'main/documents/reviewWorker.ts'),
          assetPaths: resolve(root, 'main/assetPaths.ts'),
        },
        // Only a run from TypeScript source bundles the worker with esbuild; a build never does.
        external: ['esbuild'],
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot be an ES module: emit CommonJS.
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), pdfjsAssets(), devCsp()],
    build: {
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
