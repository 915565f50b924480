#!/usr/bin/env bash
# Runs the orders service locally, as `sam local start-api` does but without Docker: the APIs of the
# template served on 127.0.0.1, backed by Hangar's in-process fakes. Stop it with Ctrl+C.
#
#   samples/run-local.sh            # port 3000
#   PORT=8080 samples/run-local.sh  # another port (0 for any free one)
#
# Builds what it needs with Maven (add MVN_FLAGS=-o to stay offline), then starts
# dev.hangar.samples.local.LocalRun with `java -cp`.
set -euo pipefail
samples_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(dirname "$samples_dir")"

mvn -B -q ${MVN_FLAGS:-} -f "$root_dir/pom.xml" -pl samples -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test \
  -Dmaven.javadoc.skip -Dmaven.source.skip >&2

cd "$samples_dir"
exec java -Dorders.port="${PORT:-3000}" \
  -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  dev.hangar.samples.local.LocalRun
