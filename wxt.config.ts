import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bundleEngineModule } from './scripts/engine-module';

// The layout: src/ is the library, entrypoints/ and assets/ sit at the top level.
export default defineConfig({
  srcDir: 'src',
  entrypointsDir: '../entrypoints', // resolved relative to srcDir
  publicDir: 'public', // resolved relative to the project root (not srcDir)
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: 'Claimlens' },
    // storage: settings, per-tab state and the coverage cache. Nothing else: no "tabs" (the
    // background learns URLs from its content scripts), no history, no cookies.
    permissions: ['storage'],
    // Only the related-coverage providers, fetched by the background when the popup asks.
    // The ECB's daily reference rates, fetched only when the reader asks on the options page.
    host_permissions: ['https://api.gdeltproject.org/*', 'https://news.google.com/*', 'https://www.ecb.europa.eu/*'],
    // The engine module, imported by the content script after its first task (Chrome lets a
    // content script import only web-accessible files). Not use_dynamic_url, which would hide the
    // file from pages probing for installed extensions: with it, Chrome 130 refused content
    // scripts' imports of the file (crbug.com/363027634), and Claimlens would read nothing there.
    web_accessible_resources:
      manifestVersion === 2 ? ['engine.js'] : [{ resources: ['engine.js'], matches: ['http://*/*', 'https://*/*'] }],
    commands: {
      'toggle-claimlens': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggle__',
      },
    },
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
  hooks: {
    // engine.js: the engine as an ES module (scripts/engine-module.ts).
    'build:publicAssets': async (_wxt, files) => {
      files.push({ relativeDest: 'engine.js', contents: await bundleEngineModule() });
    },
  },
});
