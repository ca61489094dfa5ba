#!/usr/bin/env bash
# Installs what pathguide needs to build and test, skipping whatever is already present.
# Debian packages: libcmark (rendering) and libyaml (loading). PyPI: check-jsonschema (schema tests).
set -euo pipefail

packages=(libcmark-dev libyaml-dev pkg-config)
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

if ! command -v check-jsonschema >/dev/null 2>&1; then
  echo "installing check-jsonschema from PyPI"
  python3 -m pip install --quiet --disable-pip-version-check check-jsonschema
fi
