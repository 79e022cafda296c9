/**
 * Seeded typo injection, for measuring answers on noisy traffic: the same seed gives the same typos, so runs compare.
 * Each question gets one typo in a random word of three letters or more, and every other such word one more with
 * probability EXTRA_TYPO_RATE. A typo is one of: two neighbouring letters swapped, a letter dropped, a letter
 * doubled, or a letter replaced by a neighbouring key of a QWERTY keyboard. Draw from `random` of
 * search-engine-corpus.ts.
 */

const EXTRA_TYPO_RATE = 0.1;
const MIN_WORD_LENGTH = 3;

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys next to each letter on a QWERTY keyboard (same row and the rows above and below). */
const NEIGHBOURS = new Map<string, string>();
KEYBOARD.forEach((row, r) =>
  [...row].forEach((key, c) => {
    const near = [
      row[c - 1],
      row[c + 1],
      KEYBOARD[r - 1]?.[c],
      KEYBOARD[r - 1]?.[c + 1],
      KEYBOARD[r + 1]?.[c - 1],
      KEYBOARD[r + 1]?.[c],
    ];
    NEIGHBOURS.set(key, near.filter((k): k is string => k !== undefined).join(''));
  }),
);

function typo(word: string, random: () => number): string {
  const at = Math.floor(random() * word.length);
  switch (Math.floor(random() * 4)) {
    case 0: {
      const i = Math.min(at, word.length - 2);
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at + 1) + word.slice(at);
    default: {
      const near = NEIGHBOURS.get(word[at].toLowerCase());
      if (!near) return word.slice(0, at) + word.slice(at + 1);
      return word.slice(0, at) + near[Math.floor(random() * near.length)] + word.slice(at + 1);
    }
  }
}

/** `text` with typos (see above), drawn from `random`. */
export function withTypos(text: string, random: () => number): string {
  const words = text.split(' ');
  const eligible = words.flatMap((word, i) => (word.length >= MIN_WORD_LENGTH ? [i] : []));
  if (eligible.length === 0) return text;
  const first = eligible[Math.floor(random() * eligible.length)];
  for (const i of eligible) {
    if (i === first || random() < EXTRA_TYPO_RATE) words[i] = typo(words[i], random);
  }
  return words.join(' ');
}
