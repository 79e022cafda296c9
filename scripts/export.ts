import { runTransferScript } from './lib/transfer-script.js';

runTransferScript('export');
