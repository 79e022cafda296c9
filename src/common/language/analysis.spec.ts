import { describe, expect, it } from 'vitest';
import { analyzerFor } from './analysis.js';

/** A question's words as the matcher sees them: `!` marks a negation, `_` a stop word. */
const questionWords = (locale: string, text: string) =>
  analyzerFor(locale, true)
    .questionWords(text)
    .map((w) => `${w.term}${w.negation ? '!' : w.stop ? '_' : ''}`)
    .join(' ');

describe('language analysis, shared by search and the question matcher', () => {
  it.each([
    [
      'en',
      "I can't log in to the customer's accounts",
      'log custom account',
      'i_ can_ not! log in_ to_ the_ custom account',
    ],
    [
      'fr',
      "Je n'arrive pas à réinitialiser l'application",
      'arriv reinitialis appliqu',
      'je_ ne! arriv pas! a_ reinitialis appliqu',
    ],
    [
      'de',
      'Ich kann mein Passwort nicht zurücksetzen, keine Straße',
      'passwort zurucksetz strass',
      'ich_ kann_ mein_ passwort nicht! zurucksetz kein! strass',
    ],
    [
      'es',
      'No puedo cambiar la contraseña sin la aplicación',
      'cambi contrasen aplic',
      'no! pued_ cambi la_ contrasen sin! la_ aplic',
    ],
    [
      'it',
      "Non riesco a cambiare l'indirizzo, mai ricevuto",
      'riesc camb indirizz mai ricev',
      'non! riesc a_ camb indirizz mai! ricev',
    ],
    [
      'pt',
      'Não consigo alterar a senha sem a aplicação',
      'consig alter senh aplic',
      'na! consig alter a_ senh sem! a_ aplic',
    ],
    [
      'nl',
      'Ik kan mijn wachtwoord niet wijzigen zonder de app',
      'wachtwoord wijzig app',
      'ik_ kan_ mijn_ wachtwoord niet! wijzig zonder! de_ app',
    ],
  ])(
    '%s: search drops stop words and negations; the matcher keeps every word, negations flagged',
    (locale, text, searchTerms, matcherWords) => {
      expect(analyzerFor(locale).analyseText(text).join(' ')).toBe(searchTerms);
      expect(questionWords(locale, text)).toBe(matcherWords);
    },
  );

  it('writes out text-message spellings for the matcher', () => {
    expect(questionWords('en', 'pls reset my pwd')).toBe('pleas reset my_ password');
    expect(questionWords('fr', 'pk mon mdp marche pas')).toBe('pourquoi mon_ mot de_ pass march pas!');
  });

  it('folds what remains of unknown languages, without stemming', () => {
    expect(questionWords('sv', 'Återställ lösenordet')).toBe('aterstall losenordet');
  });
});
