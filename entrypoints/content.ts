import { defineContentScript } from 'wxt/utils/define-content-script';
import '~~/assets/highlight.css';
import { startContentScript } from '@/content/main';

// Thin on purpose: everything lives in src/content (tested there).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startContentScript(ctx);
  },
});
