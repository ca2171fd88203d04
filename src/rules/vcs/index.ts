// The vcs family: every module in this folder, in name order.
import type { Rule } from '../../engine/types.ts';
import m_atlassian from './atlassian.ts';
import m_bitbucket from './bitbucket.ts';
import m_buildkite from './buildkite.ts';
import m_circleci from './circleci.ts';
import m_codecov from './codecov.ts';
import m_crates from './crates.ts';
import m_docker from './docker.ts';
import m_gitea from './gitea.ts';
import m_github from './github.ts';
import m_gitlab from './gitlab.ts';
import m_jenkins from './jenkins.ts';
import m_jfrog from './jfrog.ts';
import m_npm from './npm.ts';
import m_nuget from './nuget.ts';
import m_pypi from './pypi.ts';
import m_rubygems from './rubygems.ts';
import m_snyk from './snyk.ts';
import m_sonar from './sonar.ts';
import m_travis from './travis.ts';

export const rules: Rule[] = [
  ...m_atlassian,
  ...m_bitbucket,
  ...m_buildkite,
  ...m_circleci,
  ...m_codecov,
  ...m_crates,
  ...m_docker,
  ...m_gitea,
  ...m_github,
  ...m_gitlab,
  ...m_jenkins,
  ...m_jfrog,
  ...m_npm,
  ...m_nuget,
  ...m_pypi,
  ...m_rubygems,
  ...m_snyk,
  ...m_sonar,
  ...m_travis,
];
