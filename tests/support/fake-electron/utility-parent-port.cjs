'use strict';
// Preloaded into a child process that stands in for an Electron utility process: gives it the
// `process.parentPort` Electron provides there, carried over Node's IPC channel.
const { EventEmitter } = require('node:events');

const parentPort = new EventEmitter();
parentPort.postMessage = (message) => process.send(message);
process.on('message', (data) => parentPort.emit('message', { data }));
// Electron ends a utility process with the app; a Node child must end when its parent's channel closes.
process.on('disconnect', () => process.exit(0));
process.parentPort = parentPort;
