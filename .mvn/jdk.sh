# shellcheck shell=sh
# Finds a JDK >= 21 for ./mvnw and ./kuzet, which source this file (POSIX sh; the machine's default `java` may be
# older). Prints the JDK's home: JAVA_HOME if it is one, else the `java` on the PATH if it is one, else the newest
# JDK under /usr/lib/jvm (Linux) or /Library/Java/JavaVirtualMachines (macOS). Fails, printing nothing, if there is
# none. Usage: home="$(kuzet_jdk_home [TOOL])", where TOOL (default java) must be in the JDK's bin/, e.g. javac.

kuzet_jdk_min=21

# The major version of the JDK at $1 (from its release file, else by asking its java).
kuzet_java_major() {
  _v=""
  [ -f "$1/release" ] && _v="$(sed -n 's/^JAVA_VERSION="\([0-9][0-9.]*\).*/\1/p' "$1/release")"
  [ -n "$_v" ] || _v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = //p')"
  _v="${_v#1.}"
  printf '%s\n' "${_v%%.*}"
}

# A subshell, so that globbing (./mvnw runs under `set -f`) and the variables stay inside.
kuzet_jdk_home() (
  set +f
  tool="${1:-java}"
  fits() { [ -x "$1/bin/$tool" ] && m="$(kuzet_java_major "$1")" && [ -n "$m" ] && [ "$m" -ge "$kuzet_jdk_min" ]; }
  if [ -n "${JAVA_HOME:-}" ] && fits "$JAVA_HOME"; then printf '%s\n' "$JAVA_HOME"; exit 0; fi
  if java="$(command -v java 2>/dev/null)"; then
    home="$(dirname "$(dirname "$(readlink -f "$java" 2>/dev/null || printf '%s' "$java")")")"
    if fits "$home"; then printf '%s\n' "$home"; exit 0; fi
  fi
  best="" best_major=0
  for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$home" ] && [ ! -L "$home" ] || continue
    if fits "$home" && [ "$m" -gt "$best_major" ]; then best="$home" best_major="$m"; fi
  done
  [ -n "$best" ] || exit 1
  printf '%s\n' "$best"
)
