import { describe, expect, it } from 'vitest';
import { templateReply } from './reply-drafter.js';

describe('templateReply', () => {
  it('drafts in the locale from the sources, with no live markup whatever they hold', () => {
    const draft = templateReply('fr-CA', [
      {
        articleId: 'a',
        title: 'PIN',
        text: 'Ouvrez <b onclick=x>Réglages</b> [ici](javascript:alert(1)) javascript:alert(2)',
      },
    ]);
    expect(draft).toBe(
      'Bonjour,\n\nMerci pour votre message.\n\nOuvrez ‹b onclick=x›Réglages‹/b› [ici]( \n\nCordialement,',
    );
  });
});
