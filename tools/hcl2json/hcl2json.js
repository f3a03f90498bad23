#!/usr/bin/env node
// Parses each Terraform file given on the command line with HashiCorp's HCL parser (@cdktf/hcl2json, the Go
// hcl library compiled to WebAssembly) and prints one JSON object: {"<file>": <the file as JSON>, ...}.
// A file that does not parse ends the run with exit code 1 and the parser's message on stderr.
'use strict';
const fs = require('fs');
const { parse } = require('@cdktf/hcl2json');

async function main(files) {
  if (files.length === 0) {
    console.error('usage: hcl2json.js FILE.tf...');
    return 2;
  }
  const result = {};
  for (const file of files) {
    try {
      result[file] = await parse(file, fs.readFileSync(file, 'utf8'));
    } catch (error) {
      console.error(`${file}: ${error && error.message ? error.message : String(error)}`);
      return 1;
    }
  }
  process.stdout.write(JSON.stringify(result));
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
