/**
 * Raw token text → word id, looked up straight from the text being scanned. Indexing meets every token of the
 * archive; almost all are words seen before, and `text.slice` + Map lookup would allocate a string for each one only
 * to hash it. This open-addressing table hashes and compares the characters in place, so a known token costs no
 * allocation at all; a new one is sliced once, when it is stored.
 */
import { detached } from './text';

export class RawWordTable {
  /** Slot → entry + 1 (0: empty). Always at most half full. */
  private slots = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 11);
  private values = new Int32Array(1 << 11);
  private readonly raws: string[] = [];

  get size(): number {
    return this.raws.length;
  }

  /** The id stored for text[start, end), or -1. */
  get(text: string, start: number, end: number): number {
    const h = hashSpan(text, start, end);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s] - 1;
      if (e < 0) return -1;
      if (this.hashes[e] !== h) continue;
      const raw = this.raws[e];
      if (raw.length !== length) continue;
      let k = 0;
      while (k < length && raw.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return this.values[e];
    }
  }

  /** Stores `id` for text[start, end), which `get` has just not found. */
  set(text: string, start: number, end: number, id: number): void {
    const e = this.raws.length;
    if (2 * (e + 1) > this.slots.length) this.rehash(2 * this.slots.length);
    if (e >= this.values.length) {
      this.hashes = growTo(this.hashes, 2 * this.values.length);
      this.values = growTo(this.values, 2 * this.values.length);
    }
    const h = hashSpan(text, start, end);
    this.raws.push(detached(text.slice(start, end))); // a slice would keep the whole article's text alive
    this.hashes[e] = h;
    this.values[e] = id;
    this.place(e, h);
  }

  private place(e: number, h: number): void {
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let e = 0; e < this.raws.length; e++) this.place(e, this.hashes[e]);
  }
}

/** FNV-1a over UTF-16 code units, finished with a mix so that the low bits (the slot) depend on every character. */
export function hashSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

function growTo(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
