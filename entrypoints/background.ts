import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@/background/main';

// Thin on purpose: everything lives in src/background (tested there).
export default defineBackground(() => {
  startBackground();
});
