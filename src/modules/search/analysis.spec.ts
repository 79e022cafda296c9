import { describe, expect, it } from 'vitest';
import { analyzerFor } from '../../common/language/analysis.js';
import { tokenize } from '../../common/language/words.js';
import { analyseQuery, compileSynonyms, synonymAlternatives, typoBudget } from './query-terms.js';
import { highlight, markdownToText } from './text.js';

describe('text analysis', () => {
  it('keeps hyphenated and elided words whole', () => {
    expect(tokenize("Changer l'e-mail du rendez-vous (wi-fi)")).toEqual([
      'Changer',
      "l'e-mail",
      'du',
      'rendez-vous',
      'wi-fi',
    ]);
  });

  it('indexes a hyphenated word joined and by its longer parts, never by one-letter parts', () => {
    const fr = analyzerFor('fr');
    expect(fr.terms("l'e-mail")).toEqual(['email', 'mail']);
    expect(fr.terms('wi-fi')).toEqual(['wif']);
    expect(fr.terms('rendez-vous')).toEqual(['rendezvous', 'rend']);
  });

  it('stems, folds accents and drops stop words (unless asked to keep them)', () => {
    expect(analyzerFor('fr').analyseText('Les remboursements réinitialisés')).toEqual(['rembours', 'reinitialis']);
    expect(analyzerFor('en').analyseText('How do I cancel my subscriptions?')).toEqual(['cancel', 'subscrip']);
    expect(analyzerFor('en', true).analyseText('How do I cancel')).toEqual(['how', 'do', 'i', 'cancel']);
    expect(analyzerFor('fr-CA').analyseText('remboursement')).toEqual(['rembours']);
  });

  it('searches the last word as a prefix only while it is being typed and long enough', () => {
    const en = analyzerFor('en');
    expect(analyseQuery(en, 'cancel subscr')).toMatchObject({ terms: ['cancel', 'subscr'], lastIsPrefix: true });
    expect(analyseQuery(en, 'cancel subscr ')).toMatchObject({ lastIsPrefix: false });
    expect(analyseQuery(en, 'cancel su')).toMatchObject({ lastIsPrefix: false });
  });

  it('allows typos like Meilisearch: none under 5 letters, one from 5, two from 9', () => {
    expect([4, 5, 8, 9].map((n) => typoBudget('x'.repeat(n)))).toEqual([0, 1, 1, 2]);
  });

  it('expands a query with the other members of a matching synonym group', () => {
    const fr = analyzerFor('fr');
    const synonyms = compileSynonyms(fr, [
      ['CB', 'carte bancaire', 'carte bleue'],
      ['forfait', 'abonnement'],
    ]);
    expect(synonymAlternatives(analyseQuery(fr, 'perdu ma CB').words, synonyms)).toEqual([
      ['cart', 'bancair'],
      ['cart', 'bleu'],
    ]);
    expect(synonymAlternatives(analyseQuery(fr, 'carte bancaire perdue').words, synonyms)).toEqual([
      ['cb'],
      ['cart', 'bleu'],
    ]);
    expect(synonymAlternatives(analyseQuery(fr, 'carte perdue').words, synonyms)).toEqual([]);
  });
});

describe('snippets', () => {
  it('renders Markdown to plain text', () => {
    expect(markdownToText('# Steps\n\n1. Open **Settings** &amp; [help](http://x)\n\n```\ncode\n```')).toBe(
      'Steps Open Settings & help code',
    );
  });

  it('marks matches, escapes the rest, and crops around the densest matches at word boundaries', () => {
    const isMatch = (t: { text: string }) => t.text.toLowerCase() === 'modem';
    expect(highlight('Reset <the> modem & wait', isMatch).html).toBe('Reset &lt;the&gt; <mark>modem</mark> &amp; wait');
    const text = `${'alpha beta gamma '.repeat(30)}restart the modem now ${'delta epsilon '.repeat(30)}`;
    const { html, matches } = highlight(text, isMatch, 80);
    expect(matches).toBe(1);
    expect(html).toMatch(/^… .*<mark>modem<\/mark>.* …$/);
    expect(html.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(80 + 4);
  });
});
