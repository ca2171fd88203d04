// A work tree of many files (hex noise in lines, a few real-format credentials), big enough
// that a scan of it goes to worker threads.

import { randomBytes } from 'node:crypto';
import { TestRepo, awsKeyId, githubToken } from './history-repo.ts';

export interface Tree {
  repo: TestRepo;
  secrets: string[];
}

export function bigTree(files = 480, bytesEach = 20_000): Tree {
  const repo = new TestRepo('scan-secrets-tree-');
  const secrets: string[] = [];
  for (let i = 0; i < files; i++) {
    const hex = randomBytes(bytesEach / 2).toString('hex');
    const lines = hex.match(/.{1,64}/g)!.map((l, n) => `const v${n} = "${l}";`);
    if (i % 60 === 7) {
      const s = i % 120 === 7 ? githubToken() : awsKeyId();
      secrets.push(s);
      lines.splice(lines.length >> 1, 0, `token = "${s}"`);
    }
    repo.write(`src/dir${i % 13}/file${i}.js`, `${lines.join('\n')}\n`);
  }
  repo.commit('tree');
  return { repo, secrets };
}
