#!/usr/bin/env bash
# Writes src/installer/linux/compact-register.classlist: the classes the app loads from its start to
# its window showing the first rows of a register (one run of ColdStartProbe, which starts the app
# through Launcher, under Xvfb), then those the commands staff run most add (acknowledgement letters
# for 1,000 and the internal list as PDF, each a run of the jar's Launcher), in that order, each once. The Linux installer ships the list, and its postinst makes the
# class-data archive of the installed jars from it (java -Xshare:dump), which the launcher maps at
# every start. Run it again when the libraries change much; a class the list names that is no
# longer there is passed over when the archive is made.
# Usage: src/bench/scripts/installer-classlist.sh [REGISTER]   (a register of 100,000 is made when none is named)
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
# the test classes without the tests' logging configuration: the app logs as installed (LogConfiguration)
tests=$(mktemp -d)
cp -r target/test-classes/. "$tests" && rm -f "$tests/logback-test.xml"
cp="target/classes:$tests:$(cat target/cp.txt)"
register=${1:-}
if [ -z "$register" ]; then
  register=$(mktemp -d)/register
  java -cp "$cp" org.compactregister.io.LargeRegister "$register" 100000
fi
raw=$(mktemp -d)
logs="-Dcompact.register.logs=$tests/logs"
xvfb-run -a -s "-screen 0 1400x900x24" java -XX:DumpLoadedClassList="$raw/window" "$logs" -cp "$cp" \
  org.compactregister.io.ColdStartProbe "$register"
java -cp "$cp" org.compactregister.io.LargeRegister "$raw/small/register" 1000
java -XX:DumpLoadedClassList="$raw/letters" "$logs" -cp "$cp" org.compactregister.Launcher --db "$raw/small/register" \
  letters --outstanding --out "$raw/letters.pdf" > /dev/null
java -XX:DumpLoadedClassList="$raw/list" "$logs" -cp "$cp" org.compactregister.Launcher --db "$raw/small/register" \
  list --internal --out "$raw/list.pdf" > /dev/null
# not the probe itself (a bench class), nor classes made at run time (proxies) or JFR's (not in the
# installed runtime), nor picocli's (Java 5 class files, which an archive cannot hold); each class once,
# in the order first loaded
cat "$raw/window" "$raw/letters" "$raw/list" \
  | grep -v -E 'org/compactregister/io/ColdStartProbe|^jdk/proxy|jdk/jfr/|jdk/internal/event/|^picocli/' \
  | awk '!seen[$0]++' > src/installer/linux/compact-register.classlist
rm -rf "$raw" "$tests"
wc -l src/installer/linux/compact-register.classlist
