'use strict';
// `node -r register.cjs out/main/index.js`: answers `require('electron')` with the fake, and writes
// every call the app makes of it to $FAKE_ELECTRON_REPORT, so a test can inspect the built bundle.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const fakePath = path.join(__dirname, 'electron.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? fakePath : resolve.call(this, request, ...rest);
};

const fake = require(fakePath);
const report = process.env.FAKE_ELECTRON_REPORT;
fake.onCall = (call) => {
  if (report) fs.appendFileSync(report, `${JSON.stringify(call)}\n`);
};
