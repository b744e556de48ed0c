#!/usr/bin/env node
// Compiles src/*.sol with the pinned solc (standard JSON) into out/combined.json, in the
// layout of `solc --combined-json abi,bin,bin-runtime,hashes`, which abigen reads.
//
// Only contracts with bytecode that are defined in src/ are written (no interfaces, no
// OpenZeppelin internals). sourceHash records what was compiled, so that a Go test can
// tell when src/ changed without a rebuild; see sourceHash in l1/bindings/bindings_test.go.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'src');
const outFile = path.join(root, 'out', 'combined.json');

// Settings are part of the output so that a change is visible in review.
const settings = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  outputSelection: {
    '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'evm.methodIdentifiers'] },
  },
};

function sha256(data) {
  return crypto.createHash('sha256').update(data).digest('hex');
}

function main() {
  const names = fs.readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort();
  if (names.length === 0) throw new Error(`no .sol files in ${srcDir}`);

  const sources = {};
  let manifest = '';
  for (const name of names) {
    const content = fs.readFileSync(path.join(srcDir, name), 'utf8');
    sources[`src/${name}`] = { content };
    manifest += `${name}\n${sha256(content)}\n`;
  }

  const findImports = (importPath) => {
    try {
      return { contents: fs.readFileSync(require.resolve(importPath, { paths: [root] }), 'utf8') };
    } catch (err) {
      return { error: `cannot resolve ${importPath}: ${err.message}` };
    }
  };
  const output = JSON.parse(
    solc.compile(JSON.stringify({ language: 'Solidity', sources, settings }), { import: findImports }),
  );

  let failed = false;
  for (const e of output.errors || []) {
    process.stderr.write(e.formattedMessage || e.message);
    if (e.severity === 'error') failed = true;
  }
  if (failed) throw new Error('compilation failed');

  // An interface I<Name> in src/ describes how the other contracts call contract <Name>
  // (ILossVerifier for the gnark-exported LossVerifier): its functions must exist there, or
  // the calls would fail only at run time.
  const all = {};
  for (const file of Object.keys(sources)) Object.assign(all, output.contracts[file] || {});
  for (const [name, c] of Object.entries(all)) {
    const impl = /^I[A-Z]/.test(name) && all[name.slice(1)];
    if (!impl || c.evm.bytecode.object) continue;
    for (const sig of Object.keys(c.evm.methodIdentifiers)) {
      if (!(sig in impl.evm.methodIdentifiers)) {
        throw new Error(`${name.slice(1)} lacks ${sig}, which ${name} declares`);
      }
    }
  }

  const contracts = {};
  for (const file of Object.keys(sources)) {
    for (const [name, c] of Object.entries(output.contracts[file] || {}).sort(([a], [b]) => a.localeCompare(b))) {
      if (!c.evm.bytecode.object) continue; // interface or abstract contract
      contracts[`${file}:${name}`] = {
        abi: c.abi,
        bin: c.evm.bytecode.object,
        'bin-runtime': c.evm.deployedBytecode.object,
        hashes: c.evm.methodIdentifiers,
      };
    }
  }

  const oz = require(require.resolve('@openzeppelin/contracts/package.json', { paths: [root] }));
  const bedrock = require(require.resolve('@eth-optimism/contracts-bedrock/package.json', { paths: [root] }));
  const ovm = require(require.resolve('@eth-optimism/contracts/package.json', { paths: [root] }));
  const combined = {
    contracts,
    version: solc.version(),
    openzeppelin: oz.version,
    bedrock: bedrock.version,
    ovm: ovm.version,
    settings: { optimizer: settings.optimizer, evmVersion: settings.evmVersion },
    sourceHash: sha256(manifest),
  };
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(combined, null, 1) + '\n');
  process.stdout.write(`compiled ${Object.keys(contracts).join(', ')} with solc ${combined.version}\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`compile: ${err.message}\n`);
  process.exit(1);
}
