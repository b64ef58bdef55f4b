// The datalint VS Code extension. The grammar and the language configuration are declared in
// package.json; this file starts the language server, `datalint lsp`, over stdio.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

async function startClient() {
  // The executable: `datalint` on PATH unless the `datalint.path` setting names another.
  const path = vscode.workspace.getConfiguration("datalint").get("path") || "datalint";
  const serverOptions = { command: path, args: ["lsp"], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [{ scheme: "file", language: "datalint" }],
    synchronize: {
      // Names are global to the files checked together and datalint.toml configures the
      // check, so a change to either can change findings in other open files.
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.dsl,datalint.toml}"),
    },
  };
  client = new LanguageClient("datalint", "datalint", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (err) {
    vscode.window.showErrorMessage(
      `datalint: could not start \`${path} lsp\`: ${err.message}. ` +
        `Set "datalint.path" to the datalint executable.`,
    );
  }
}

async function stopClient() {
  if (client) {
    const old = client;
    client = undefined;
    await old.stop().catch(() => {});
  }
}

async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("datalint.path")) {
        await stopClient();
        await startClient();
      }
    }),
  );
  await startClient();
}

async function deactivate() {
  await stopClient();
}

module.exports = { activate, deactivate };
