#!/usr/bin/env bash
# Rydberg engine vs QuTiP sesolve on the same Hamiltonian and pulse (docs/performance.md, "Rydberg engine").
# One run per size; installs Debian's python3-qutip if missing. Usage: qutip_compare.sh [atom counts...]
set -euo pipefail
cd "$(dirname "$0")/../../.."
sizes=("${@:-6 8 10 12}")
PY=/usr/bin/python3
if ! "$PY" -c "import qutip" 2>/dev/null; then
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo")
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y python3-qutip
fi
out=$(mktemp -d)
for n in ${sizes[@]}; do
  dotnet run -c Release --project tests/QuantumDsl.Benchmarks -- rydberg --atoms "$n" --out "$out/run-$n.json"
done
"$PY" tests/QuantumDsl.Benchmarks/Simulation/qutip_compare.py "$out"/run-*.json
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
