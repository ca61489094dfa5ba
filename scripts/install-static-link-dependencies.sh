#!/usr/bin/env bash
# Installs what linking the Swift runtime and Foundation into pathguide needs beyond
# scripts/install-dependencies.sh: libcurl's development files. FoundationNetworking (behind
# `links --online`) calls libcurl, which stays a shared library (Debian's libcurl4); the static
# link names it as -lcurl, and only the -dev package has the libcurl.so that resolves.
set -euo pipefail

package=libcurl4-openssl-dev
if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing Debian package: $package"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >/dev/null
fi
