#!/usr/bin/env bash
# Builds the root file system that the container image adds to `FROM scratch` (profile -Pimage,
# docs/release.md): a Java runtime made by jlink from the building JDK with only the modules the
# jar needs (jdeps), the shared libraries that runtime loads (ldd, copied from this machine), an
# empty /tmp, and the jar itself.
#
#   make-runtime.sh <fairness.jar> <out-dir>
set -euo pipefail
jar=$1
out=$2
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
rm -rf "$out"
mkdir -p "$out/app" "$out/tmp"
modules=$("$java_home/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
# jdk.crypto.ec: TLS to an https model endpoint; jdk.zipfs: zip data sets
modules="$modules,jdk.crypto.ec,jdk.zipfs"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --output "$out/opt/java"
cp "$jar" "$out/app/fairness.jar"
# The glibc (and libstdc++, libz, ...) files the runtime's binaries and libraries load, at the
# paths the dynamic loader looks them up, real files rather than symbolic links.
# The AWT, sound and font libraries of java.desktop (which Freemarker needs for java.beans) are
# never loaded by this headless tool: their X11 and font dependencies are left out.
find "$out/opt/java" -type f \( -name '*.so' -o -perm -u+x \) \
  ! -name 'libawt_xawt.so' ! -name 'libsplashscreen.so' ! -name 'libjsound.so' \
  ! -name 'libfontmanager.so' ! -name 'liblcms.so' ! -name 'libjavajpeg.so' -print0 |
  xargs -0 ldd 2>/dev/null |
  awk '/=> \// {print $3} /^\t\/[^ ]+ \(/ {print $1}' |
  sort -u |
  grep -v "^$out/" |
  while read -r lib; do
    mkdir -p "$out$(dirname "$lib")"
    cp -L "$lib" "$out$lib"
  done
echo "runtime modules: $modules"
du -sh "$out"
