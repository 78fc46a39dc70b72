import { chmod } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

// Only for `npm run dev`: Vite's hot reload injects inline styles and scripts, which the page's
// strict policy blocks. Built pages keep the strict policy untouched.
function relaxCspForDevServer(): Plugin {
  return {
    name: 'copydesk-relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws:"),
  };
}

// package.json's `bin` points at the built command line, which npx runs directly: it needs the shebang
// and the executable bit (npm only sets the bit when the package is installed, not in its own folder).
function executableCommandLine(): Plugin {
  return {
    name: 'copydesk-executable-command-line',
    async writeBundle(options, bundle) {
      if (options.dir && 'cli.js' in bundle) await chmod(join(options.dir, 'cli.js'), 0o755);
    },
  };
}

const shared = { '@shared': resolve(__dirname, 'src/shared') };

export default defineConfig({
  main: {
    resolve: { alias: shared },
    plugins: [executableCommandLine()],
    build: {
      // lowdb is ESM-only and main is CommonJS, so it must be bundled rather than required at run time.
      externalizeDeps: { exclude: ['lowdb'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          harness: resolve(__dirname, 'src/main/harness/cli.ts'),
          cli: resolve(__dirname, 'src/main/cli/cli.ts'),
          // Started as a worker thread by the search service, so indexing never blocks main's event loop.
          searchWorker: resolve(__dirname, 'src/main/search/worker/searchWorker.ts'),
        },
        output: { banner: (chunk) => (chunk.fileName === 'cli.js' ? '#!/usr/bin/env node' : '') },
      },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // A sandboxed preload cannot require anything but electron, so it must be one self-contained file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: shared },
    plugins: [react(), relaxCspForDevServer()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
