import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built from apps/web (npm run build -w apps/web); the API serves dist/ on its own port.
// In development Vite proxies /api to the API.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
