#!/usr/bin/env bash
# Sets up, builds and starts Trade Leads. With no API key configured it shows the bundled
# sample data. Arguments go to the application (e.g. `search --open`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec build/app/tradeleads "$@"
