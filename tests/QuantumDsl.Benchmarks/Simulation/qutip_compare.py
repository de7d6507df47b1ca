"""Runs the Hamiltonian of each engine run file with QuTiP's sesolve and compares time and final probabilities.

Input: JSON files written by `QuantumDsl.Benchmarks rydberg --atoms N --out FILE` (positions, C6, the piecewise-constant
global drive per step, the engine's wall time and final probabilities). Prints one markdown table row per file.
"""
import json
import sys
import time

import numpy as np
import qutip


def atom_operator(single, index, atoms):
    ops = [qutip.qeye(2)] * atoms
    ops[index] = single
    return qutip.tensor(ops)


def hamiltonian_terms(run):
    atoms = run["atoms"]
    g, r = qutip.basis(2, 0), qutip.basis(2, 1)  # atom 0 is the most significant bit: index in binary = bitstring
    n_r = r * r.dag()
    g_r = g * r.dag()
    x_half = (g_r + g_r.dag()) / 2  # coefficient Ω cos φ
    y_half = (-1j * g_r + 1j * g_r.dag()) / 2  # coefficient Ω sin φ
    pos = np.array(run["positions"])
    interaction = 0 * atom_operator(n_r, 0, atoms)
    for i in range(atoms):
        for j in range(i + 1, atoms):
            distance = np.linalg.norm(pos[i] - pos[j])
            interaction += run["c6"] / distance**6 * atom_operator(n_r, i, atoms) * atom_operator(n_r, j, atoms)
    x = sum(atom_operator(x_half, i, atoms) for i in range(atoms))
    y = sum(atom_operator(y_half, i, atoms) for i in range(atoms))
    d = -sum(atom_operator(n_r, i, atoms) for i in range(atoms))
    return interaction, x, y, d


def run_qutip(run):
    started, cpu_started = time.perf_counter(), time.process_time()
    interaction, x, y, d = hamiltonian_terms(run)
    durations = np.array(run["durations_us"])
    omega, phi, delta = (np.array(run[k]) for k in ("omega", "phi", "delta"))
    tlist = np.concatenate([[0.0], np.cumsum(durations)])
    step = lambda values: np.append(values, values[-1])  # value of step k holds on [t_k, t_k+1)
    h = [interaction, [x, step(omega * np.cos(phi))], [y, step(omega * np.sin(phi))], [d, step(delta)]]
    psi0 = qutip.tensor([qutip.basis(2, 0)] * run["atoms"])
    options = qutip.Options(atol=1e-10, rtol=1e-8, nsteps=1_000_000, max_step=float(durations.min()))
    result = qutip.sesolve(h, psi0, tlist, [], args={"_step_func_coeff": True}, options=options)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    final = result.states[-1].full().ravel()
    return seconds, cpu, np.abs(final) ** 2


def main(paths):
    print(f"QuTiP {qutip.__version__}, numpy {np.__version__}")
    warm_up = dict(atoms=2, c6=1.0, positions=[[0, 0, 0], [5, 0, 0]], durations_us=[0.1], omega=[1.0], phi=[0.0], delta=[0.0])
    run_qutip(warm_up)  # one-time QuTiP set-up is not counted
    print("| atoms | steps | QuantumDsl wall / CPU (s) | QuTiP sesolve wall / CPU (s) | speed-up wall / CPU | max abs diff of P |")
    print("|---:|---:|---:|---:|---:|---:|")
    for path in paths:
        with open(path, encoding="utf-8") as f:
            run = json.load(f)
        seconds, cpu, probabilities = run_qutip(run)
        diff = np.max(np.abs(probabilities - np.array(run["probabilities"])))
        print(f"| {run['atoms']} | {len(run['durations_us'])} | {run['seconds']:.3f} / {run['cpu_seconds']:.3f} | "
              f"{seconds:.3f} / {cpu:.3f} | {seconds / run['seconds']:.0f}x / {cpu / run['cpu_seconds']:.0f}x | {diff:.1e} |", flush=True)


if __name__ == "__main__":
    main(sorted(sys.argv[1:], key=lambda p: json.load(open(p, encoding="utf-8"))["atoms"]))
