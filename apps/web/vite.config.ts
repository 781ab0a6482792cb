import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built from apps/web (npm run build -w apps/web); the API serves dist/ on its own port.
// In development Vite proxies /api to the API.
//
// The first page's JavaScript is held under a budget (scripts/check-bundle.ts, 250 KB gzipped). The
// contract (zod, the domain's schemas) and the phone metadata are used by nearly every page but not
// by the first one: their own chunks keep rolldown from merging them into a chunk the entry loads.
// The first page reads the contract's tables by their own paths (@jobcircle/domain/errors, /permissions).
const contract = /[\\/]node_modules[\\/]zod[\\/]|[\\/]packages[\\/]domain[\\/]src[\\/]/;
const firstPageTables = /[\\/]packages[\\/]domain[\\/]src[\\/](errors|permissions)\.ts$/;

// react-router points every condition at its development build (warnings and all); the build takes
// its production build, the same API without them.
const reactRouterProduction = fileURLToPath(import.meta.resolve('react-router').replace('/development/', '/production/'));

export default defineConfig(({ command }) => ({
  plugins: [react()],
  resolve: { alias: command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The form library declares no sideEffects: without this its whole index stays on the first
      // page (antd's shared context imports its FormProvider).
      treeshake: {
        moduleSideEffects: [{ test: /[\\/]node_modules[\\/]@rc-component[\\/](form|async-validator)[\\/]/, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          groups: [
            // The tables alone (no zod: their schemas are pure-annotated and unused by the web).
            { name: 'contract-tables', test: firstPageTables, priority: 3, includeDependenciesRecursively: false },
            { name: 'phone-metadata', test: /[\\/]node_modules[\\/]libphonenumber-js[\\/]/, priority: 2 },
            { name: 'contract', test: contract, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
}));
