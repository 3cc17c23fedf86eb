# Sourced by the README's commands: brings what the project needs on a fresh machine of this kind.
#   - Node >= 22 (the machine ships Node 20; current WXT, Vitest and jsdom need 22): taken from the
#     npm registry as the package node-linux-<arch> into .tools/, and put first on PATH.
#   - the npm packages (npm ci when node_modules is missing or older than the lock file).
#   - with `browsers`: Debian's Chromium and Firefox ESR for the end-to-end tests and the demo.
# Everything it installs is reported on stderr; it changes nothing outside the repository but apt.

_parallax_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_parallax_node_version="22.23.3"

_parallax_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(_parallax_node_major)" -lt 22 ]; then
  case "$(uname -m)" in
    x86_64) _parallax_arch=x64 ;;
    aarch64|arm64) _parallax_arch=arm64 ;;
    *) echo "parallax: no Node 22 package for $(uname -m); install Node >= 22 first" >&2; return 1 ;;
  esac
  _parallax_node_dir="$_parallax_root/.tools/node"
  _parallax_node_bin="$_parallax_node_dir/node_modules/node-linux-$_parallax_arch/bin"
  if [ ! -x "$_parallax_node_bin/node" ]; then
    echo "parallax: bringing Node $_parallax_node_version from the npm registry into .tools/" >&2
    mkdir -p "$_parallax_node_dir"
    npm install --prefix "$_parallax_node_dir" --ignore-scripts --no-audit --no-fund --loglevel=error \
      "node-linux-$_parallax_arch@$_parallax_node_version" >&2 || return 1
  fi
  export PATH="$_parallax_node_bin:$PATH"
fi

if [ ! -d "$_parallax_root/node_modules" ] || [ "$_parallax_root/package-lock.json" -nt "$_parallax_root/node_modules/.package-lock.json" ]; then
  echo "parallax: installing npm packages (npm ci)" >&2
  (cd "$_parallax_root" && npm ci --no-audit --no-fund --loglevel=error >&2) || return 1
fi

if [ "${1:-}" = "browsers" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "parallax: installing Debian's Chromium and Firefox ESR" >&2
  _parallax_sudo=""
  [ "$(id -u)" -eq 0 ] || _parallax_sudo="sudo"
  ($_parallax_sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $_parallax_sudo apt-get install -y -qq --no-install-recommends chromium firefox-esr) >&2 || {
    echo "parallax: could not install Chromium (apt-get failed)" >&2; return 1; }
fi
