// Lists the external programs that run.sh, test.sh, bench.sh (and what they source) and the test and
// bench fixtures start, and fails when one is neither on a fresh machine of this kind
// (tools/fresh-machine.tsv) nor installed by tools/prerequisites.sh (a `require_apt_program` line).
// A hand-installed program then breaks ./test.sh here, not on the next fresh machine.
//   node tools/check-programs.mjs [repository root]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const scripts = ['run.sh', 'test.sh', 'bench.sh', '.ci/run', 'tools/prerequisites.sh'];
const fixtureFolders = ['tests', 'bench', 'tools', 'web/scripts'];

// Words a shell script runs that are not programs.
const shellWords = new Set(`
  if then else elif fi for in do done while until case esac function select time ! [[ ]] { } [ test
  source . exit return set unset export local readonly declare shift trap wait kill echo printf read
  cd break continue true false command type eval exec shopt let builtin ulimit umask jobs fg bg
`.split(/\s+/).filter(Boolean));

/** Every program a shell script starts: the first word of each simple command. */
export function shellCommands(text, functions = shellFunctions(text)) {
  const found = new Set();
  for (const command of simpleCommands(text)) {
    let words = command.trim().split(/\s+/).filter(Boolean);
    while (words.length && /^[A-Za-z_]\w*\+?=/.test(words[0])) words = words.slice(1); // VAR=value cmd
    const [first, second] = words;
    if (!first) continue;
    if (first === 'command' && second === '-v') { // `command -v wrk` asks for a program by name
      if (/^[a-z][\w.+-]*$/.test(words[2] ?? '')) found.add(words[2]);
      continue;
    }
    if (shellWords.has(first) || functions.has(first)) continue;
    if (!/^[a-z][\w.+-]*$/.test(first)) continue; // paths (./bench.sh), variables, options, case patterns
    found.add(first);
  }
  return found;
}

/** The functions a script defines (a sourced script's count for the scripts that source it). */
export function shellFunctions(text) {
  return new Set([...text.matchAll(/^\s*([A-Za-z_][\w-]*)\s*\(\)\s*\{/gm)].map((m) => m[1]));
}

// Splits a script into simple commands: separators, subshells and command substitutions, with
// quoted text, comments and arithmetic left out (a $( … ) inside double quotes still counts).
function* simpleCommands(text) {
  let current = '';
  let i = 0;
  const stack = []; // '"' inside double quotes, '(' inside $( … ) or ( … )
  const inQuotes = () => stack.at(-1) === '"';
  const flush = function* () { if (current.trim()) yield current; current = ''; };
  while (i < text.length) {
    const c = text[i], next = text[i + 1];
    if (inQuotes()) {
      if (c === '\\') { i += 2; continue; }
      if (c === '"') { stack.pop(); current += ' '; i++; continue; }
      if (c === '$' && next === '(' && text[i + 2] !== '(') { yield* flush(); stack.push('('); i += 2; continue; }
      i++; continue;
    }
    if (c === '\\') { current += ' '; i += 2; continue; }
    if (c === "'") { const end = text.indexOf("'", i + 1); i = end < 0 ? text.length : end + 1; current += ' Q '; continue; }
    if (c === '"') { stack.push('"'); current += ' Q'; i++; continue; }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) { const end = text.indexOf('\n', i); i = end < 0 ? text.length : end; continue; }
    if (c === '$' && next === '(' && text[i + 2] === '(') { const end = text.indexOf('))', i); i = end < 0 ? text.length : end + 2; current += ' Q'; continue; }
    if (c === '$' && next === '(') { yield* flush(); stack.push('('); i += 2; continue; }
    if (c === '$' && next === '{') { const end = text.indexOf('}', i); i = end < 0 ? text.length : end + 1; current += 'Q'; continue; }
    if (c === '(' && /=$/.test(current)) { const end = text.indexOf(')', i); i = end < 0 ? text.length : end + 1; continue; } // arr=( … )
    if (c === '(') { yield* flush(); stack.push('('); i++; continue; }
    if (c === ')') { yield* flush(); if (stack.at(-1) === '(') stack.pop(); i++; continue; }
    if (c === '\n' || c === ';' || c === '|' || c === '&' || c === '{' || c === '}' || c === '<' || c === '>' || c === '`') {
      if (c === '<' || c === '>') { // a redirection's target is not a command
        const m = /^[<>&]+\s*[^\s;|&)]*/.exec(text.slice(i)); i += m[0].length; current += ' '; continue;
      }
      yield* flush(); i++; continue;
    }
    if (/\s/.test(c) && /^\s*(if|while|until|then|do|else|elif|!|time)$/.test(current)) { current = ''; i++; continue; }
    current += c; i++;
  }
  yield* flush();
}

/** Programs started by C#, JavaScript and .mjs fixtures: new ProcessStartInfo("x"), spawn('x'), execFileSync('x'). */
export function fixtureCommands(text) {
  const found = new Set();
  const patterns = [
    /new\s+ProcessStartInfo\s*\(\s*"([\w.+-]+)"/g,
    /Process\.Start\s*\(\s*"([\w.+-]+)"/g,
    /\b(?:spawn|spawnSync|execFile|execFileSync)\s*\(\s*['"]([\w.+-]+)['"]/g,
    /command -v ([a-z][\w.+-]*)/g,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.add(m[1]);
  return found;
}

function sourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (['node_modules', 'bin', 'obj', 'dist', '.out'].includes(entry.name) || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(cs|mjs|cjs|js)$/.test(entry.name)) files.push(path);
    }
  };
  for (const folder of fixtureFolders) if (existsSync(join(root, folder))) walk(join(root, folder));
  return files;
}

/** Program name → the files that start it. */
export function programsStarted(root) {
  const started = new Map();
  const add = (program, file) => started.set(program, [...(started.get(program) ?? []), relative(root, file)]);
  const texts = scripts.map((script) => [join(root, script), existsSync(join(root, script)) ? readFileSync(join(root, script), 'utf8') : '']);
  const functions = new Set(texts.flatMap(([, text]) => [...shellFunctions(text)]));
  for (const [path, text] of texts) for (const program of shellCommands(text, functions)) add(program, path);
  for (const file of sourceFiles(root)) {
    if (file.endsWith('check-programs.mjs') || file.endsWith('check-programs.test.mjs')) continue;
    for (const program of fixtureCommands(readFileSync(file, 'utf8'))) add(program, file);
  }
  return started;
}

/** Program name → where it comes from: the fresh machine, or the Debian package prerequisites.sh installs. */
export function programsProvided(root) {
  const provided = new Map();
  for (const line of readFileSync(join(root, 'tools/fresh-machine.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [program, by] = line.split('\t');
    provided.set(program, `fresh machine (${by})`);
  }
  const prerequisites = readFileSync(join(root, 'tools/prerequisites.sh'), 'utf8');
  for (const m of prerequisites.matchAll(/^\s*require_apt_program\s+([\w.+-]+)\s+([\w.+-]+)/gm)) {
    provided.set(m[1], `tools/prerequisites.sh (apt ${m[2]})`);
  }
  return provided;
}

/** The report and the programs nothing provides. */
export function checkPrograms(root) {
  const started = programsStarted(root);
  const provided = programsProvided(root);
  const lines = [];
  const missing = [];
  for (const [program, files] of [...started].sort(([a], [b]) => a.localeCompare(b))) {
    const by = provided.get(program);
    if (!by) missing.push(program);
    lines.push(`${by ? 'ok     ' : 'MISSING'} ${program.padEnd(10)} ${by ?? 'neither on a fresh machine nor installed by tools/prerequisites.sh'}  <- ${[...new Set(files)].join(', ')}`);
  }
  return { lines, missing };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '..');
  const { lines, missing } = checkPrograms(root);
  console.log(lines.join('\n'));
  if (missing.length) {
    console.error(`\nprograms check: ${missing.join(', ')} would be missing on a fresh machine; install with require_apt_program in tools/prerequisites.sh, or list it in tools/fresh-machine.tsv if the machine image has it.`);
    process.exit(1);
  }
  console.log(`programs check: all ${lines.length} programs the scripts and fixtures start are on a fresh machine or installed by tools/prerequisites.sh`);
}
