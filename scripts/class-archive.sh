#!/usr/bin/env bash
# Writes target/tandem.jsa, a class archive (AppCDS) of the classes `tandem align` loads, for the
# launcher to start from: the JVM then maps those classes, already parsed and verified, instead of
# reading them from 130-odd jars. `mvn package` runs this once the jar is built, by aligning the
# seed pair once. It never fails the build: without the archive the launcher starts as before.
# Usage: scripts/class-archive.sh JAR ARCHIVE
set -uo pipefail
jar="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
archive="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
partial="$archive.partial.$$"
trap 'rm -rf "$work" "$partial"' EXIT
trap 'exit 130' INT TERM
rm -f "$archive"
cd "$work" || exit 0
# The training run takes the launcher's flags for a small alignment (an archive serves any flags; these
# load what it loads). A damaged archive (a dump cut short) can crash the JVM that maps it, so the new
# one must then start a JVM told to fail rather than start without it (-Xshare:on); any crash report
# stays in $work.
if TANDEM_HOME="$home" java -XX:ArchiveClassesAtExit="$work/tandem.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" align -q -o "$work/out" >/dev/null 2>&1 \
    && [ -s "$work/tandem.jsa" ] \
    && java -XX:SharedArchiveFile="$work/tandem.jsa" -Xshare:on -XX:ErrorFile="$work/hs_err_%p.log" \
      -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" --version >/dev/null 2>&1; then
  # Copied next to the archive first, so that the archive appears whole or not at all.
  cp "$work/tandem.jsa" "$partial" && mv "$partial" "$archive"
fi
exit 0
