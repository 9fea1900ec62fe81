#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100, the last line that runs on Node 20) into .tools/ once, and prints
# the path of its entry point. Its own install script downloads ripgrep from the internet, so the install runs
# without scripts and is finished by hand, with Debian's ripgrep. Needs: ripgrep, libkrb5-dev, a C++ toolchain.
set -euo pipefail
VERSION=4.100.3
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="${VERBATIM_TOOLS_DIR:-$ROOT/.tools}/code-server-$VERSION"
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
if [ -f "$DIR/.installed" ] && [ -f "$ENTRY" ]; then
  echo "$ENTRY"
  exit 0
fi
for tool in rg g++ make python3; do
  command -v "$tool" >/dev/null || { echo "install-code-server: '$tool' is missing (apt-get install ripgrep build-essential python3 libkrb5-dev)" >&2; exit 1; }
done
[ -f /usr/include/gssapi/gssapi.h ] || [ -f /usr/include/gssapi.h ] || { echo "install-code-server: libkrb5-dev is missing (apt-get install libkrb5-dev)" >&2; exit 1; }

rm -rf "$DIR"
mkdir -p "$DIR"
LOG="$DIR/install.log"
fail() { echo "install-code-server: failed, last lines of $LOG:" >&2; tail -n 30 "$LOG" >&2; exit 1; }
trap fail ERR
cd "$DIR"
echo '{ "name": "verbatim-tools", "private": true }' > package.json
echo "Installing code-server $VERSION into $DIR (about two minutes, log in $LOG)" >&2
npm install --no-save --no-audit --no-fund --ignore-scripts "code-server@$VERSION" >"$LOG" 2>&1
cd node_modules/code-server/lib/vscode
npm install --omit=dev --no-audit --no-fund --ignore-scripts >>"$LOG" 2>&1
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# Builds node-pty, spdlog, kerberos, the file watcher, ... (npm 11 runs no dependency's install script unless told to).
npm_config_yes=true npm rebuild --dangerously-allow-all-scripts >>"$LOG" 2>&1
ln -sfn node_modules node_modules.asar
(cd extensions && npm install --omit=dev --no-audit --no-fund --ignore-scripts >>"$LOG" 2>&1)
cd "$DIR"
npm rebuild --dangerously-allow-all-scripts argon2 >>"$LOG" 2>&1 # code-server's own native module
node "$ENTRY" --version >>"$LOG" 2>&1
# The modules the workbench cannot do without (terminal, logging, file watching) must have been built.
for module in node-pty/build/Release/pty.node @vscode/spdlog/build/Release/spdlog.node; do
  [ -f "node_modules/code-server/lib/vscode/node_modules/$module" ] || { echo "not built: $module" >>"$LOG"; false; }
done
touch .installed
echo "$ENTRY"
