// Keyword prefilter: one pass over the text finds every occurrence of every rule keyword,
// case-insensitively. It is an Aho-Corasick automaton compiled to a dense DFA over ASCII
// (non-ASCII folds to one class, since keywords are ASCII), so the scan loop is a table
// lookup per character. This pass decides which rules run and on which lines.

const ALPHABET = 128;

export interface KeywordHits {
  /** keyword ids, in text order */
  ids: Int32Array;
  /** offset just past the keyword's last character */
  ends: Int32Array;
  count: number;
}

export class Prefilter {
  readonly keywords: string[];
  private readonly delta: Int32Array;
  /** per state: index into outList, or -1 */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;

  constructor(keywords: string[]) {
    this.keywords = keywords;
    const goto: Int32Array[] = [new Int32Array(ALPHABET).fill(-1)];
    const outs: number[][] = [[]];
    keywords.forEach((kw, id) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        let c = kw.charCodeAt(i);
        if (c >= ALPHABET) c = 0;
        if (c >= 65 && c <= 90) c += 32;
        let next = goto[s][c];
        if (next === -1) {
          next = goto.length;
          goto.push(new Int32Array(ALPHABET).fill(-1));
          outs.push([]);
          goto[s][c] = next;
        }
        s = next;
      }
      outs[s].push(id);
    });

    const n = goto.length;
    const delta = new Int32Array(n * ALPHABET);
    const fail = new Int32Array(n);
    const order: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = goto[0][c];
      if (t === -1) delta[c] = 0;
      else {
        delta[c] = t;
        fail[t] = 0;
        order.push(t);
      }
    }
    for (let q = 0; q < order.length; q++) {
      const s = order[q];
      outs[s].push(...outs[fail[s]]);
      for (let c = 0; c < ALPHABET; c++) {
        const t = goto[s][c];
        if (t === -1) delta[s * ALPHABET + c] = delta[fail[s] * ALPHABET + c];
        else {
          delta[s * ALPHABET + c] = t;
          fail[t] = delta[fail[s] * ALPHABET + c];
          order.push(t);
        }
      }
    }
    // Fold upper case onto lower case so the scan loop never lower-cases the text.
    for (let s = 0; s < n; s++) {
      for (let c = 65; c <= 90; c++) delta[s * ALPHABET + c] = delta[s * ALPHABET + c + 32];
    }

    const outStart = new Int32Array(n).fill(-1);
    const outList: number[] = [];
    for (let s = 0; s < n; s++) {
      if (outs[s].length === 0) continue;
      outStart[s] = outList.length;
      const uniq = [...new Set(outs[s])];
      for (const id of uniq) outList.push(id);
      outList.push(-1);
    }
    this.delta = delta;
    this.outStart = outStart;
    this.outList = Int32Array.from(outList);
  }

  /** Every keyword occurrence in text, in order of its end offset. */
  scan(text: string): KeywordHits {
    const delta = this.delta;
    const outStart = this.outStart;
    const outList = this.outList;
    let ids = new Int32Array(64);
    let ends = new Int32Array(64);
    let count = 0;
    let s = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c >= ALPHABET) c = 0;
      s = delta[(s << 7) | c];
      const o = outStart[s];
      if (o !== -1) {
        for (let k = o; outList[k] !== -1; k++) {
          if (count === ids.length) {
            const ni = new Int32Array(count * 2);
            ni.set(ids);
            ids = ni;
            const ne = new Int32Array(count * 2);
            ne.set(ends);
            ends = ne;
          }
          ids[count] = outList[k];
          ends[count] = i + 1;
          count++;
        }
      }
    }
    return { ids, ends, count };
  }
}
