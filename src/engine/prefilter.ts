// Keyword prefilter: one pass over the text finds every occurrence of every rule keyword,
// case-insensitively. It is an Aho-Corasick automaton run as a DFA: one table lookup per
// character. Two things keep it cheap to build, which matters because the hook builds it on
// every run, from cold code, for hundreds of keywords:
// - the alphabet is compressed to the characters keywords use (upper case folded onto lower
//   case, every other ASCII character one class, all non-ASCII another), so a row is a few
//   dozen cells, not 128;
// - rows are filled lazily: a cell is worked out (by following failure links) the first
//   time the scan needs it, so a small scan never pays for the whole table and a large one
//   pays once per cell.
// This pass decides which rules run and on which lines.

const ASCII = 128;

export interface KeywordHits {
  /** keyword ids, in text order */
  ids: Int32Array;
  /** offset just past the keyword's last character */
  ends: Int32Array;
  count: number;
}

export class Prefilter {
  readonly keywords: string[];
  /**
   * UTF-16 code unit -> character class (0: a character no keyword uses; non-ASCII units fold
   * onto NUL): one lookup per character, and no test, in the scan loop.
   */
  private readonly cls: Uint8Array;
  /** classes per row */
  private readonly width: number;
  /** The trie as child lists: first child, next sibling, and the class on the edge into a state. */
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly inClass: Int32Array;
  private readonly fail: Int32Array;
  /**
   * The DFA, indexed by (row + class), where state t's row starts at (t + 1) * width: so no
   * target is 0, and 0 can mean "not worked out yet" in a table that is allocated, not filled
   * (filling it touched every page of it, which cost a fresh process milliseconds). A target
   * is stored as its row; a target where keywords end is stored bitwise-negated, so the scan
   * loop tests for output with a sign check.
   */
  private readonly dfa: Int32Array;
  /** Keywords ending exactly at a state: first id (or -1), then nextOwn[id]. */
  private readonly ownHead: Int32Array;
  private readonly nextOwn: Int32Array;
  /** The nearest state down the failure chain that has keywords of its own, or -1. */
  private readonly dictLink: Int32Array;

  // Built from typed arrays only (no per-state arrays): allocation is what costs in a fresh
  // process, and the hook builds this on every run.
  constructor(keywords: string[]) {
    this.keywords = keywords;
    const fold = (ch: number) => (ch >= ASCII ? 0 : ch >= 65 && ch <= 90 ? ch + 32 : ch);
    const cls = new Int32Array(ASCII);
    let width = 1;
    let total = 1;
    for (const kw of keywords) {
      total += kw.length;
      for (let i = 0; i < kw.length; i++) {
        const c = fold(kw.charCodeAt(i));
        if (cls[c] === 0) cls[c] = width++;
      }
    }
    for (let c = 65; c <= 90; c++) cls[c] = cls[c + 32];

    const firstChild = new Int32Array(total).fill(-1);
    const nextSibling = new Int32Array(total).fill(-1);
    const inClass = new Int32Array(total);
    const ownHead = new Int32Array(total).fill(-1);
    const ownTail = new Int32Array(total).fill(-1);
    const nextOwn = new Int32Array(keywords.length).fill(-1);
    this.firstChild = firstChild;
    this.nextSibling = nextSibling;
    this.inClass = inClass;
    let states = 1;
    for (let id = 0; id < keywords.length; id++) {
      const kw = keywords[id];
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const a = cls[fold(kw.charCodeAt(i))];
        let t = this.child(s, a);
        if (t === -1) {
          t = states++;
          inClass[t] = a;
          nextSibling[t] = firstChild[s];
          firstChild[s] = t;
        }
        s = t;
      }
      // keep insertion order: ids ending at one state are reported in the order given
      if (ownHead[s] === -1) ownHead[s] = id;
      else nextOwn[ownTail[s]] = id;
      ownTail[s] = id;
    }

    // Failure and dictionary links, breadth-first over real edges only.
    const fail = new Int32Array(states);
    const dictLink = new Int32Array(states).fill(-1);
    const queue = new Int32Array(states);
    let head = 0;
    let tail = 0;
    for (let t = firstChild[0]; t !== -1; t = nextSibling[t]) queue[tail++] = t;
    while (head < tail) {
      const s = queue[head++];
      for (let t = firstChild[s]; t !== -1; t = nextSibling[t]) {
        const a = inClass[t];
        let f = fail[s];
        while (f !== 0 && this.child(f, a) === -1) f = fail[f];
        const e = s === 0 ? -1 : this.child(f, a);
        fail[t] = e === -1 || e === t ? 0 : e;
        const ft = fail[t];
        dictLink[t] = ownHead[ft] !== -1 ? ft : dictLink[ft];
        queue[tail++] = t;
      }
    }

    this.cls = new Uint8Array(65536);
    this.cls.set(cls);
    if (cls[0] !== 0) this.cls.fill(cls[0], ASCII); // non-ASCII folds onto NUL
    this.width = width;
    this.fail = fail;
    this.dfa = new Int32Array((states + 1) * width);
    this.ownHead = ownHead;
    this.nextOwn = nextOwn;
    this.dictLink = dictLink;
  }

  /** The trie edge from state s on class a, or -1. */
  private child(s: number, a: number): number {
    for (let t = this.firstChild[s]; t !== -1; t = this.nextSibling[t]) if (this.inClass[t] === a) return t;
    return -1;
  }

  /** Works out one DFA cell: the trie edge, or the failure state's, down to the root. */
  private resolve(cell: number): number {
    const { width, fail } = this;
    const a = cell % width;
    let u = (cell - a) / width - 1;
    let t: number;
    for (;;) {
      t = this.child(u, a);
      if (t !== -1) break;
      if (u === 0) {
        t = 0;
        break;
      }
      u = fail[u];
    }
    const row = (t + 1) * width;
    const enc = this.ownHead[t] === -1 && this.dictLink[t] === -1 ? row : ~row;
    this.dfa[cell] = enc;
    return enc;
  }

  /** Every keyword occurrence in text, in order of its end offset. */
  scan(text: string): KeywordHits {
    const { dfa, cls, width, ownHead, nextOwn, dictLink } = this;
    let ids = new Int32Array(64);
    let ends = new Int32Array(64);
    let count = 0;
    let s = width; // the root's row
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const cell = s + cls[c];
      let t = dfa[cell];
      if (t === 0) t = this.resolve(cell);
      if (t > 0) {
        s = t;
        continue;
      }
      s = ~t;
      const state = s / width - 1;
      // the keywords ending here, then those of each shorter suffix that is one
      for (let u = ownHead[state] !== -1 ? state : dictLink[state]; u !== -1; u = dictLink[u]) {
        for (let id = ownHead[u]; id !== -1; id = nextOwn[id]) {
          if (count === ids.length) {
            const ni = new Int32Array(count * 2);
            ni.set(ids);
            ids = ni;
            const ne = new Int32Array(count * 2);
            ne.set(ends);
            ends = ne;
          }
          ids[count] = id;
          ends[count] = i + 1;
          count++;
        }
      }
    }
    return { ids, ends, count };
  }
}
