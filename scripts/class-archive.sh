#!/usr/bin/env bash
# Writes target/tandem.jsa, a class archive (AppCDS) of the classes `tandem align` loads, for the
# launcher to start from: the JVM then maps those classes, already parsed and verified, instead of
# reading them from 130-odd jars. `mvn package` runs this once the jar is built, by aligning the
# seed pair once. It never fails the build: without the archive the launcher starts as before.
# Usage: scripts/class-archive.sh JAR ARCHIVE
set -uo pipefail
jar="$1"
archive="$2"
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
partial="$archive.partial.$$"
trap 'rm -rf "$work" "$partial"' EXIT
trap 'exit 130' INT TERM
rm -f "$archive"
# The launcher's flags for a small alignment (an archive serves any flags; these load what it loads).
if TANDEM_HOME="$home" java -XX:ArchiveClassesAtExit="$work/tandem.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" align -q -o "$work/out" >/dev/null 2>&1 \
    && [ -s "$work/tandem.jsa" ]; then
  # Copied next to the archive first, so that the archive appears whole or not at all.
  cp "$work/tandem.jsa" "$partial" && mv "$partial" "$archive"
fi
exit 0
