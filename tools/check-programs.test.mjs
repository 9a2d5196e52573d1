// node --test tools/ (run by ./test.sh): the programs check finds what scripts and fixtures start and
// fails on a program that nothing installs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPrograms, shellCommands, fixtureCommands } from './check-programs.mjs';

function repository({ prerequisites, bench = 'set -e\n', fixture = '' }) {
  const root = mkdtempSync(join(tmpdir(), 'programs-'));
  mkdirSync(join(root, 'tools'));
  mkdirSync(join(root, 'bench'));
  writeFileSync(join(root, 'tools/fresh-machine.tsv'), '# program\tprovided by\nnode\tNode.js\ndotnet\tthe SDK\n');
  writeFileSync(join(root, 'tools/prerequisites.sh'), prerequisites);
  writeFileSync(join(root, 'bench.sh'), bench);
  writeFileSync(join(root, 'bench/Wrk.cs'), fixture);
  return root;
}

test('a program a fixture starts that nothing installs fails the check, naming it', () => {
  const root = repository({ prerequisites: 'require_apt_program() { :; }\n', fixture: 'var start = new ProcessStartInfo("wrk") { };' });
  const { missing, lines } = checkPrograms(root);
  assert.deepEqual(missing, ['wrk']);
  assert.match(lines.join('\n'), /MISSING wrk .*bench\/Wrk\.cs/);
});

test('the same program installed by prerequisites.sh passes', () => {
  const root = repository({
    prerequisites: 'require_apt_program() { :; }\nrequire_apt_program wrk wrk "bench load"\n',
    fixture: 'var start = new ProcessStartInfo("wrk") { };',
  });
  assert.deepEqual(checkPrograms(root).missing, []);
});

test('a script program on neither list fails; one on the fresh machine passes', () => {
  const root = repository({ prerequisites: '', bench: 'set -e\nnode x.mjs | hyperfine --runs 3 "dotnet run"\n' });
  assert.deepEqual(checkPrograms(root).missing, ['hyperfine']);
});

test('shell commands: pipes, substitutions, conditions and assignments; not strings, comments, functions or options', () => {
  const script = [
    'stop() { kill $api 2>/dev/null || true; }',
    'repo_root="$(cd "$(dirname "$0")" && pwd)"',
    'log=$(mktemp)  # a comment naming curl',
    'echo "wget is not run here; nor (curl)" | tee -a "$log"',
    "awk '{ print $1 }' file && FOO=1 java -jar x.jar",
    'if ! command -v wrk >/dev/null; then stop; fi',
    'case "$1" in --smoke) smoke=true; args+=(--smoke) ;; esac',
    'for _ in $(seq 1 3); do sleep 0.2; done',
  ].join('\n');
  assert.deepEqual([...shellCommands(script)].sort(), ['awk', 'dirname', 'java', 'mktemp', 'pwd', 'seq', 'sleep', 'tee', 'wrk']);
});

test('fixture commands: ProcessStartInfo, spawn and execFileSync by name', () => {
  const source = `new ProcessStartInfo("chromium"); spawn('java', []); execFileSync("sh", ['-c', 'command -v chromium']);`;
  assert.deepEqual([...fixtureCommands(source)].sort(), ['chromium', 'java', 'sh']);
});
