#!/usr/bin/env bash
# Regenerates tests/Fixtures/pulser/{sequences,devices} with real Pulser (pulser-core at the commit of the
# project's reference schemas). Usage: bash make_fixtures.sh PULSER_GIT_DIR [--dsl DIR]
#   PULSER_GIT_DIR  a local git directory of the public repository pasqal-io/Pulser
#   --dsl DIR       instead: check the DSL-written JSON in DIR (see README.md) and write dsl-verdicts/
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=${1:?usage: make_fixtures.sh PULSER_GIT_DIR [--dsl DIR]}
shift
setup=${PULSER_REFEREE_SETUP:-/work/shared/tools/pulser-referee/setup.sh}
pythonpath=$(bash "$setup" "$repo" 76ac2d172537d72055cc481c3806553c124ea15a | tail -1)
PYTHONPATH=$pythonpath /usr/bin/python3 -W ignore "$here/make_fixtures.py" "$@"
