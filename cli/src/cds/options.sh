# Sourced by ./fairness and the bench scripts (bash): the JVM options the launcher adds on its own.
# First, those that map the class-data sharing archive cli/target/fairness.jsa, which `package` writes next to the jar
# (cli/src/cds/make-archive.sh). The archive holds the classes a run loads, already parsed and
# verified, and cuts JVM start-up time.
#
# fairness_cds_opts JAR   sets the array cds_opts: empty unless JAR's archive exists, is newer than
#                         JAR and was made by the `java` now on PATH (fairness.jsa.id records that
#                         binary's device, inode, size and mtime), and FAIRNESS_CDS is not 0.
# The checks matter: a JDK 17 that refuses a static archive (jar rebuilt, other JDK build, other
# compressed-oops mode as with -Xmx32g and more) runs without any CDS at all, slower than with
# none given. -Xshare:auto never fails the run, and -Xlog:cds=off,cds+dynamic=off keeps any JVM's
# complaint about the archive out of stdout and stderr.
fairness_cds_opts() {
  cds_opts=()
  local jar=$1 jsa id java
  jsa="${jar%.jar}.jsa"
  [ "${FAIRNESS_CDS:-1}" != 0 ] || return 0
  [ -f "$jsa" ] && [ -f "$jsa.id" ] && [ "$jsa" -nt "$jar" ] || return 0
  java=$(command -v java) || return 0
  read -r id <"$jsa.id" || return 0
  [ "$id" = "$(stat -L -c '%d %i %s %Y' "$java" 2>/dev/null)" ] || return 0
  cds_opts=("-XX:SharedArchiveFile=$jsa" -Xshare:auto -Xlog:cds=off,cds+dynamic=off)
}

# fairness_page_opts      sets the array page_opts: -XX:+UseTransparentHugePages when the kernel
#                         backs memory with transparent huge pages only where asked
#                         (/sys/kernel/mm/transparent_hugepage/enabled reads "[madvise]"), and
#                         FAIRNESS_THP is not 0. Column storage and the young generation then
#                         take 2 MB pages: far fewer page faults when a run touches fresh memory
#                         (1M rows: 0.50 -> 0.44 s; 10M rows: 1.52 -> 1.17 s, docs/performance.md).
#                         With "[always]" the kernel does it anyway; with "[never]" the JVM would
#                         only print a warning, so the option is left out.
fairness_page_opts() {
  page_opts=()
  [ "${FAIRNESS_THP:-1}" != 0 ] || return 0
  local mode
  read -r mode 2>/dev/null </sys/kernel/mm/transparent_hugepage/enabled || return 0
  case "$mode" in *"[madvise]"*) page_opts=(-XX:+UseTransparentHugePages) ;; esac
}
