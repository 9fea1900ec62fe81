/**
 * A persisted index's word list, as stored: the words' UTF-8 bytes end to end, where each ends, and a hash table of
 * word ids. Opening it parses nothing: a word is decoded when first asked for, and a word's id is found through the
 * table. A real archive has hundreds of thousands of words; read as JSON into a Map at every start, 500,000 took
 * about half a second.
 */

import { hashSpan } from './rawWordTable';

/** The hash the stored table is laid out by: the raw word table's, over the whole word. */
function hashWord(word: string): number {
  return hashSpan(word, 0, word.length);
}

export interface StoredWords {
  bytes: Uint8Array;
  /** Where each word's bytes end. */
  end: Uint32Array;
  /** Open addressing by hashWord, linear probing: a word id, or -1 for an empty slot. Its size is a power of two. */
  slots: Int32Array;
}

/** The stored form of `words` (ids are their indexes). */
export function storeWords(words: readonly string[]): StoredWords {
  const encoded = words.map((w) => Buffer.from(w, 'utf8'));
  const end = new Uint32Array(words.length);
  let at = 0;
  encoded.forEach((b, id) => (end[id] = at += b.length));
  const bytes = new Uint8Array(at);
  encoded.forEach((b, id) => bytes.set(b, end[id] - b.length));
  let size = 16;
  while (size < 2 * words.length) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  words.forEach((w, id) => {
    let h = hashWord(w) & (size - 1);
    while (slots[h] !== -1) h = (h + 1) & (size - 1);
    slots[h] = id;
  });
  return { bytes, end, slots };
}

export class StoredVocabulary {
  private readonly decoded: Array<string | undefined>;

  constructor(private readonly stored: StoredWords) {
    this.decoded = new Array(stored.end.length);
  }

  get length(): number {
    return this.stored.end.length;
  }

  word(id: number): string {
    let w = this.decoded[id];
    if (w === undefined) {
      const { bytes, end } = this.stored;
      const start = id === 0 ? 0 : end[id - 1];
      w = this.decoded[id] = Buffer.from(bytes.buffer, bytes.byteOffset + start, end[id] - start).toString('utf8');
    }
    return w;
  }

  /** The id of `word`, or -1 when the list does not have it. */
  idOf(word: string): number {
    const slots = this.stored.slots;
    const mask = slots.length - 1;
    for (let h = hashWord(word) & mask; slots[h] !== -1; h = (h + 1) & mask) {
      if (this.word(slots[h]) === word) return slots[h];
    }
    return -1;
  }

  /** Every word, in id order. */
  all(): string[] {
    return Array.from({ length: this.length }, (_, id) => this.word(id));
  }
}
