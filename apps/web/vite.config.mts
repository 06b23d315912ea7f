import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The web app. `npm run build:web` writes apps/web/dist, which the API serves at `/`; `npm run dev:web` serves the
 * sources with a proxy to an API started with `npm start` (API_URL, default http://127.0.0.1:3000).
 *
 * Pure rules the server already has (attainment labels, months, region codes, 身份证 checks, assessment scoring) are imported from the libs' `domain/`
 * folders, which import nothing but each other. `@yiyang/core` resolves to core's browser entry, the pure subset.
 */
export default defineConfig({
  root: here('.'),
  resolve: {
    alias: {
      '@web': here('./src'),
      '@shared/core': here('../../libs/core/src/domain'),
      '@shared/kpi': here('../../libs/kpi/src/domain'),
      '@shared/residents': here('../../libs/residents/src/domain'),
      '@shared/assessments': here('../../libs/assessments/src/domain'),
      '@shared/facilities': here('../../libs/facilities/src/domain'),
      '@shared/auth': here('../../libs/auth/src/domain'),
      '@yiyang/core': here('../../libs/core/src/domain/browser.ts'),
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
    rolldownOptions: {
      // antd marks its modules "use client" for React Server Components; a client-only bundle may drop it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': process.env.API_URL ?? 'http://127.0.0.1:3000',
      '/health': process.env.API_URL ?? 'http://127.0.0.1:3000',
    },
  },
});
