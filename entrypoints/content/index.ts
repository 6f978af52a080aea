import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from './overlay';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startOverlay(ctx);
  },
});
