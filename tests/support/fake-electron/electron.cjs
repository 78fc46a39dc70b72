'use strict';
// A stand-in for the electron module, for tests and for the smoke run of the built main bundle:
// the real one downloads the Electron runtime on first use, which these machines cannot do.
const childProcess = require('node:child_process');
const { EventEmitter } = require('node:events');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const state = {
  calls: [],
  singleInstanceLock: true,
  userData: process.env.FAKE_ELECTRON_USER_DATA || path.join(os.tmpdir(), 'copydesk-fake-user-data'),
};

function record(kind, detail) {
  const call = { kind, ...detail };
  state.calls.push(call);
  if (typeof exports.onCall === 'function') exports.onCall(call);
}

class FakeWebContents extends EventEmitter {
  constructor() {
    super();
    this.windowOpenHandler = undefined;
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
    record('setWindowOpenHandler', {});
  }
  send(channel, ...args) {
    record('webContents.send', { channel, args });
  }
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    BrowserWindow.instances.push(this);
    record('BrowserWindow', { options });
  }
  loadURL(url) {
    record('loadURL', { url });
    return Promise.resolve();
  }
  loadFile(file) {
    record('loadFile', { file });
    return Promise.resolve();
  }
  close() {
    record('window.close', {});
    const instances = BrowserWindow.instances;
    instances.splice(instances.indexOf(this), 1);
    this.emit('closed');
    if (instances.length === 0) exports.app.emit('window-all-closed');
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
}
BrowserWindow.instances = [];
BrowserWindow.getAllWindows = () => [...BrowserWindow.instances];
BrowserWindow.getFocusedWindow = () => BrowserWindow.instances[0] ?? null;

class FakeApp extends EventEmitter {
  requestSingleInstanceLock() {
    record('requestSingleInstanceLock', {});
    return state.singleInstanceLock;
  }
  whenReady() {
    return Promise.resolve();
  }
  getPath(name) {
    record('getPath', { name });
    return state.userData;
  }
  // As Electron does: a before-quit listener can cancel the quit.
  quit() {
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) record('quit', {});
  }
  exit(code) {
    record('exit', { code });
  }
}

const handlers = new Map();
const ipcMain = {
  handle(channel, handler) {
    handlers.set(channel, handler);
    record('ipcMain.handle', { channel });
  },
  removeHandler(channel) {
    handlers.delete(channel);
  },
};

const defaultSession = {
  setPermissionRequestHandler(handler) {
    this.permissionRequestHandler = handler;
    record('setPermissionRequestHandler', {});
  },
  setPermissionCheckHandler(handler) {
    this.permissionCheckHandler = handler;
  },
  webRequest: {
    onHeadersReceived(listener) {
      defaultSession.headersListener = listener;
      record('onHeadersReceived', {});
    },
  },
};

const exposed = {};
const invocations = [];

exports.app = new FakeApp();
exports.BrowserWindow = BrowserWindow;
exports.ipcMain = ipcMain;
exports.session = { defaultSession };
exports.dialog = {
  showErrorBox: (title, content) => record('showErrorBox', { title, content }),
  showOpenDialog: (...args) => {
    record('showOpenDialog', { options: args.at(-1) });
    return Promise.resolve({ canceled: true, filePaths: [] });
  },
};
exports.Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => ((state.applicationMenu = menu), record('setApplicationMenu', {})),
};
// A utility process is a Node child process here, with `process.parentPort` set up as Electron does.
exports.utilityProcess = {
  fork(modulePath, args = [], options = {}) {
    record('utilityProcess.fork', { modulePath, args, options });
    const child = new EventEmitter();
    if (!fs.existsSync(modulePath)) {
      child.postMessage = () => undefined;
      child.kill = () => false;
      setImmediate(() => child.emit('exit', 1));
      return child;
    }
    const node = childProcess.fork(modulePath, args, {
      execArgv: ['--require', path.join(__dirname, 'utility-parent-port.cjs')],
      serialization: 'advanced',
    });
    node.on('message', (message) => child.emit('message', message));
    node.on('exit', (code) => child.emit('exit', code ?? 0));
    child.postMessage = (message) => node.send(message);
    child.kill = () => node.kill();
    return child;
  },
};
exports.shell = { openExternal: (url) => (record('openExternal', { url }), Promise.resolve()) };
exports.contextBridge = {
  exposeInMainWorld: (key, api) => ((exposed[key] = api), record('exposeInMainWorld', { key })),
};
const rendererEvents = new EventEmitter();
exports.ipcRenderer = {
  invoke: (channel, input) => (
    invocations.push({ channel, input }),
    Promise.resolve({ ok: true, value: null })
  ),
  on: (channel, listener) => rendererEvents.on(channel, listener),
  removeListener: (channel, listener) => rendererEvents.removeListener(channel, listener),
};
exports.fake = { state, handlers, exposed, invocations, defaultSession, BrowserWindow, rendererEvents };
exports.onCall = undefined;
