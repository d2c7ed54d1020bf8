import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The layout: src/ is the library, entrypoints/ and assets/ sit at the top level.
export default defineConfig({
  srcDir: 'src',
  entrypointsDir: '../entrypoints', // resolved relative to srcDir
  publicDir: '../public',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Claimlens',
    description: 'Highlights money figures, company names and quoted allegations on news pages, with links to related coverage.',
    default_locale: 'en',
    action: { default_title: 'Claimlens' },
    permissions: ['storage'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'claimlens@claimlens.dev',
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
