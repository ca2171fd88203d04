// A built-in rule whose module runs the first time the scan needs more than its id and keywords.
// The hook's bundle (dist/fast.cjs) builds its rule list from these: the engine's prefilter needs
// only the keywords, a typical commit triggers about ten of ~300 rules, and running every rule
// module (building its patterns, checksum tables and word lists) is work a hook mostly throws
// away. The build writes the stubs from the rules themselves (scripts/rule-table.mjs), and a test
// checks that each lazy rule reads the same as its module's.
import type { Confidence, ContentRule, RuleMatcher, Severity } from '../../engine/types.ts';

/** What the build takes from a rule so that the engine can index it without running its module. */
export interface RuleStub {
  id: string;
  keywords: string[];
}

/**
 * Getters on the prototype, not per-object properties: 300 objects with a dozen accessors each
 * cost milliseconds to make. The catch is that a spread copies only `id` and `keywords`: code
 * that copies a rule takes `plainRule(rule)` first.
 */
export class LazyRule implements ContentRule {
  readonly id: string;
  readonly keywords: string[];
  #load: () => ContentRule;
  #rule: ContentRule | undefined;

  constructor(stub: RuleStub, load: () => ContentRule) {
    this.id = stub.id;
    this.keywords = stub.keywords;
    this.#load = load;
  }

  // No fileKeywords: the engine reads it from every rule as it indexes them, and the build keeps
  // a rule gated by file eager (scripts/rule-table.mjs).

  /** Whether the module has run for this rule yet. */
  get loaded(): boolean {
    return this.#rule !== undefined;
  }

  /** The module's own rule object (running the module the first time). */
  resolve(): ContentRule {
    if (this.#rule) return this.#rule;
    const rule = this.#load();
    if (rule.id !== this.id) throw new Error(`rule table out of date: ${this.id} loaded ${rule.id} (rebuild: npm run build)`);
    this.#rule = rule;
    return rule;
  }

  get title(): string { return this.resolve().title; }
  get severity(): Severity { return this.resolve().severity; }
  get pattern(): RegExp { return this.resolve().pattern; }
  get matcher(): RuleMatcher | undefined { return this.resolve().matcher; }
  get appliesTo(): ((path: string) => boolean) | undefined { return this.resolve().appliesTo; }
  get multiline(): boolean | undefined { return this.resolve().multiline; }
  get reach(): ContentRule['reach'] { return this.resolve().reach; }
  get validate(): ContentRule['validate'] { return this.resolve().validate; }
  get confidence(): Confidence | undefined { return this.resolve().confidence; }
  get minEntropy(): number | undefined { return this.resolve().minEntropy; }
  get generic(): boolean | undefined { return this.resolve().generic; }
  get skipPlaceholderFilter(): boolean | undefined { return this.resolve().skipPlaceholderFilter; }
  get remediation(): string | undefined { return this.resolve().remediation; }
  get examples(): ContentRule['examples'] { return this.resolve().examples; }
}

/** The rule as a plain object, safe to spread. */
export function plainRule<R extends { id: string }>(rule: R): R {
  return rule instanceof LazyRule ? (rule.resolve() as unknown as R) : rule;
}
