"""Golden data from real Pulser (pasqal-io/Pulser, pulser-core) for QuantumDsl's analog tests.

Run through make_fixtures.sh (it sets up Pulser and the PYTHONPATH). Writes, deterministically:
  sequences/<name>.json     one sequence each: Pulser's abstract repr, the variables it is built with and,
                            when Pulser builds it, its durations and per-nanosecond samples; otherwise the
                            stage at which Pulser refuses it and Pulser's error.
  devices/<Device>.json     Pulser's abstract repr of every device in pulser.devices.
  devices/Fresnel.json      Pulser's abstract repr of the Fresnel device it reads from the published snapshot
                            (inputs/fresnel-device-specs-2025-06.json); Fresnel is not in pulser.devices.
  devices/verdicts.json     whether Pulser deserializes the device specs the Pasqal service publishes
                            (the recorded pasqal-cloud fixture and the Fresnel snapshot).
  dsl-verdicts/<name>.json  (with --dsl DIR) whether Pulser loads and builds each JSON the DSL wrote.
Only facts produced by Pulser are written; none of Pulser's code.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import math
import os
import sys
import warnings

import numpy as np

warnings.simplefilter("ignore")

import pulser  # noqa: E402
from pulser import Pulse, Register, Sequence  # noqa: E402
from pulser.devices import (  # noqa: E402
    AnalogDevice,
    DigitalAnalogDevice,
    MockDevice,
    WeightedAnalogDevice,
)
from pulser.json.abstract_repr.deserializer import deserialize_device  # noqa: E402
from pulser.register import Register3D  # noqa: E402
from pulser.register.register_layout import RegisterLayout  # noqa: E402
from pulser.register.special_layouts import (  # noqa: E402
    RectangularLatticeLayout,
    SquareLatticeLayout,
    TriangularLatticeLayout,
)
from pulser.sampler import sample  # noqa: E402
from pulser.waveforms import (  # noqa: E402
    BlackmanWaveform,
    CompositeWaveform,
    ConstantWaveform,
    CustomWaveform,
    InterpolatedWaveform,
    KaiserWaveform,
    RampWaveform,
)

HERE = os.path.dirname(os.path.abspath(__file__))
PI = float(np.pi)
DEVICES = {
    "AnalogDevice": AnalogDevice,
    "DigitalAnalogDevice": DigitalAnalogDevice,
    "MockDevice": MockDevice,
    "WeightedAnalogDevice": WeightedAnalogDevice,
}


def device_name(dev) -> str:
    for name, d in DEVICES.items():
        if d is dev or d == dev:
            return name
    return dev.name


# --------------------------------------------------------------------------------------------------
# The cases. Each builder returns (seq, variables); Pulser builds it with the variables (stage "build").
# Invalid cases defer the offending value to a variable so that Pulser writes their JSON. Cases in EDITED take Pulser's JSON of a valid sequence and edit it (the edit is described);
# Pulser then refuses it when deserializing or building.
# --------------------------------------------------------------------------------------------------

CASES: list[tuple[str, str, callable]] = []


def case(name: str, description: str):
    def deco(fn):
        CASES.append((name, description, fn))
        return fn

    return deco


def sq(n=2, spacing=6.0):
    return Register.square(n, spacing, prefix="q")


def pair(d=6.0):
    return Register({"q0": (0.0, 0.0), "q1": (d, 0.0)})


# ---- basic operations -----------------------------------------------------------------------------


@case("analog_two_pulses_phase_jump", "AnalogDevice: two 400 ns pulses of phases 0 and pi/2 on rydberg_global; "
      "Pulser inserts a phase-jump buffer (duration 1140 ns)")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(400, 1.0, 0.0, 0.0), "ryd")
    seq.add(Pulse.ConstantPulse(400, 1.0, 0.0, PI / 2), "ryd")
    return seq, {}


@case("analog_two_pulses_same_phase", "AnalogDevice: two 400 ns pulses of equal phase: no phase-jump buffer")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(400, 1.0, 0.0, 0.5), "ryd")
    seq.add(Pulse.ConstantPulse(400, 2.0, -1.0, 0.5), "ryd")
    return seq, {}


@case("analog_odd_durations_clock", "AnalogDevice (clock period 4 ns): pulse and delay durations that are not "
      "multiples of the clock period are rounded up")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(101, 1.0, 0.0, 0.0), "ryd")
    seq.delay(33, "ryd")
    seq.add(Pulse(RampWaveform(57, 0.0, 2.0), ConstantWaveform(57, 1.0), 0.0), "ryd")
    return seq, {}


@case("analog_measure", "AnalogDevice: pulse then measure(ground-rydberg): the measurement waits for the fall time")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(200, 2.0, 1.0, 0.0), "ryd")
    seq.measure("ground-rydberg")
    return seq, {}


@case("analog_delay_variable", "AnalogDevice: delay with a variable duration and a pulse with variable amplitude")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    t = seq.declare_variable("t", dtype=int)
    omega = seq.declare_variable("omega")
    seq.delay(t, "ryd")
    seq.add(Pulse.ConstantPulse(300, omega, 0.0, 0.0), "ryd")
    return seq, {"t": 120, "omega": 3.5}


@case("analog_post_phase_shift", "AnalogDevice: a pulse with post_phase_shift changes the phase reference of the "
      "next pulse (a phase-jump buffer follows)")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse(ConstantWaveform(200, 1.0), ConstantWaveform(200, 0.0), 0.0, post_phase_shift=1.0), "ryd")
    seq.add(Pulse.ConstantPulse(200, 1.0, 0.0, 0.0), "ryd")
    return seq, {}


@case("analog_phase_shift_global", "AnalogDevice: phase_shift on every atom between two pulses")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(200, 1.0, 0.0, 0.0), "ryd")
    seq.phase_shift(0.7, "q0", "q1", basis="ground-rydberg")
    seq.add(Pulse.ConstantPulse(200, 1.0, 0.0, 0.0), "ryd")
    return seq, {}


@case("dig_protocols", "DigitalAnalogDevice: three channels with add protocols min-delay, wait-for-all, no-delay")
def _():
    seq = Sequence(sq(2, 5.0), DigitalAnalogDevice)
    seq.declare_channel("g", "rydberg_global")
    seq.declare_channel("l", "rydberg_local", initial_target="q0")
    seq.declare_channel("r", "raman_local", initial_target="q1")
    seq.add(Pulse.ConstantPulse(100, 1.0, 0.0, 0.0), "g")
    seq.add(Pulse.ConstantPulse(60, 2.0, 0.0, 0.0), "r", protocol="min-delay")
    seq.add(Pulse.ConstantPulse(40, 2.0, 1.0, 0.0), "l", protocol="wait-for-all")
    seq.add(Pulse.ConstantPulse(48, 1.0, 0.0, 0.0), "g", protocol="no-delay")
    seq.add(Pulse.ConstantPulse(20, 1.5, 0.0, 0.3), "r", protocol="no-delay")
    return seq, {}


@case("dig_targets", "DigitalAnalogDevice: local channels, target changes (min retarget interval 220 ns), "
      "target_index with a variable index")
def _():
    seq = Sequence(sq(2, 5.0), DigitalAnalogDevice)
    seq.declare_channel("l", "rydberg_local")
    idx = seq.declare_variable("idx", dtype=int)
    seq.target("q0", "l")
    seq.add(Pulse.ConstantPulse(52, 2.0, 0.0, 0.0), "l")
    seq.target("q2", "l")
    seq.add(Pulse.ConstantPulse(52, 2.0, 0.0, 0.0), "l")
    seq.target_index(idx, "l")
    seq.add(Pulse.ConstantPulse(52, 1.0, 0.0, 0.0), "l")
    return seq, {"idx": 3}


@case("dig_align", "DigitalAnalogDevice: align of a local and the global channel")
def _():
    seq = Sequence(sq(2, 5.0), DigitalAnalogDevice)
    seq.declare_channel("g", "rydberg_global")
    seq.declare_channel("r", "raman_local", initial_target="q0")
    seq.add(Pulse.ConstantPulse(100, 1.0, 0.0, 0.0), "r")
    seq.add(Pulse.ConstantPulse(40, 1.0, 0.0, 0.0), "g")
    seq.align("g", "r")
    seq.add(Pulse.ConstantPulse(40, 1.0, 0.0, 0.0), "r")
    seq.add(Pulse.ConstantPulse(40, 1.0, 0.0, 0.0), "g")
    seq.measure("digital")
    return seq, {}


@case("dig_phase_shift_index", "DigitalAnalogDevice: phase_shift_index in the digital basis with variable "
      "indices, measured in the digital basis")
def _():
    seq = Sequence(sq(2, 5.0), DigitalAnalogDevice)
    seq.declare_channel("r", "raman_local", initial_target="q0")
    i = seq.declare_variable("i", dtype=int, size=2)
    seq.add(Pulse.ConstantPulse(60, 2.0, 0.0, 0.0), "r")
    seq.phase_shift_index(0.4, i[0], i[1], basis="digital")
    seq.add(Pulse.ConstantPulse(60, 2.0, 0.0, 0.0), "r")
    seq.measure("digital")
    return seq, {"i": [0, 1]}


@case("weighted_align_at_rest", "WeightedAnalogDevice (global 50 MHz, DMM 22 MHz modulation bandwidth): align "
      "with at_rest=True (waits for the fall time) and at_rest=False")
def _():
    seq = Sequence(pair(), WeightedAnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.config_detuning_map(Register({"q0": (0.0, 0.0), "q1": (6.0, 0.0)}).define_detuning_map({"q0": 1.0, "q1": 0.5}), "dmm_0")
    seq.add(Pulse.ConstantPulse(200, 2.5, 0.0, 0.0), "ryd")
    seq.align("ryd", "dmm_0", at_rest=True)
    seq.add_dmm_detuning(ConstantWaveform(100, -5.0), "dmm_0")
    seq.align("ryd", "dmm_0", at_rest=False)
    seq.add(Pulse.ConstantPulse(100, 2.5, 0.0, 0.0), "ryd")
    return seq, {}


@case("analog_align_delay_measure", "AnalogDevice: pulse, delay, pulse with a different phase, measure")
def _():
    seq = Sequence(sq(2, 6.0), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(100, 1.0, 0.0, 0.0), "ryd")
    seq.delay(500, "ryd")
    seq.add(Pulse.ConstantPulse(100, 1.0, 0.0, 1.0), "ryd")
    seq.measure()
    return seq, {}


# ---- waveforms ------------------------------------------------------------------------------------


@case("wf_ramp_blackman", "MockDevice: ramp detuning with a Blackman amplitude")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse(BlackmanWaveform(300, PI), RampWaveform(300, -10.0, 10.0), 0.0), "ryd")
    return seq, {}


@case("wf_blackman_max", "MockDevice: Blackman from its maximum value (blackman_max) of variable area")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    area = seq.declare_variable("area")
    seq.add(Pulse.ConstantDetuning(BlackmanWaveform.from_max_val(12.0, area), -1.0, 0.0), "ryd")
    return seq, {"area": 1.5 * PI}


@case("wf_interpolated", "MockDevice: interpolated waveforms with and without explicit times")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    amp = InterpolatedWaveform(250, [0.0, 2.0, 3.0, 1.0, 0.0])
    det = InterpolatedWaveform(250, [-5.0, 0.0, 5.0], times=[0.0, 0.3, 1.0])
    seq.add(Pulse(amp, det, 0.0), "ryd")
    return seq, {}


@case("wf_interpolated_variables", "MockDevice: interpolated amplitude whose values are a variable array")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    v = seq.declare_variable("v", size=4)
    seq.add(Pulse.ConstantDetuning(InterpolatedWaveform(200, v), 0.5, 0.0), "ryd")
    return seq, {"v": [0.0, 1.5, 2.5, 0.0]}


@case("wf_composite", "MockDevice: composite amplitude (ramp, constant, ramp) and composite detuning")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    amp = CompositeWaveform(RampWaveform(50, 0.0, 3.0), ConstantWaveform(100, 3.0), RampWaveform(50, 3.0, 0.0))
    det = CompositeWaveform(ConstantWaveform(120, -2.0), RampWaveform(80, -2.0, 4.0))
    seq.add(Pulse(amp, det, 0.25), "ryd")
    return seq, {}


@case("wf_kaiser", "MockDevice: Kaiser amplitude (default and explicit beta) and kaiser_max")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantDetuning(KaiserWaveform(200, PI), 0.0, 0.0), "ryd")
    seq.add(Pulse.ConstantDetuning(KaiserWaveform(150, PI / 2, beta=9.0), 1.0, 0.0), "ryd")
    seq.add(Pulse.ConstantDetuning(KaiserWaveform.from_max_val(15.0, PI, beta=12.0), 0.0, 0.0), "ryd")
    return seq, {}


@case("wf_custom", "MockDevice: custom waveforms (explicit samples) for amplitude and detuning")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    amp = [float(np.sin(PI * i / 59) ** 2) * 2.0 for i in range(60)]
    det = [float(-3.0 + 0.1 * i) for i in range(60)]
    seq.add(Pulse(CustomWaveform(amp), CustomWaveform(det), 0.0), "ryd")
    return seq, {}


@case("pulse_constructors", "MockDevice: Pulse.ConstantPulse, ConstantDetuning, ConstantAmplitude, ArbitraryPhase")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(50, 1.0, -1.0, 0.1), "ryd")
    seq.add(Pulse.ConstantDetuning(RampWaveform(50, 0.0, 2.0), 0.5, 0.2), "ryd")
    seq.add(Pulse.ConstantAmplitude(1.5, RampWaveform(50, -2.0, 2.0), 0.3), "ryd")
    seq.add(Pulse.ArbitraryPhase(ConstantWaveform(50, 1.0), RampWaveform(50, 0.0, PI)), "ryd")
    return seq, {}


@case("weighted_constant_amplitude_min_avg", "WeightedAnalogDevice (min_avg_amp 1.885 rad/us): "
      "Pulse.ConstantAmplitude of 2.0 with a ramp detuning is built")
def _():
    seq = Sequence(pair(), WeightedAnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantAmplitude(2.0, RampWaveform(200, -10.0, 10.0), 0.0), "ryd")
    return seq, {}


@case("reg_mappable_partial_analog", "AnalogDevice: mappable register of 4 qubits, the first 2 mapped, with a "
      "variable detuning")
def _():
    layout = TriangularLatticeLayout(61, 5.0)
    mreg = layout.make_mappable_register(4, prefix="q")
    seq = Sequence(mreg, AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    det = seq.declare_variable("det")
    seq.add(Pulse.ConstantPulse(100, 1.0, det, 0.0), "ryd")
    return seq, {"qubits": {"q0": 30, "q1": 31}, "det": -3.0}


@case("analog_constant_amplitude_min_avg", "AnalogDevice: Pulse.ConstantAmplitude with a ramp detuning "
      "(built by Pulser; its average amplitude is the constant)")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantAmplitude(2.0, RampWaveform(400, -10.0, 10.0), 0.0), "ryd")
    return seq, {}


# ---- variables and expressions --------------------------------------------------------------------

UNARY = ["neg", "abs", "ceil", "floor", "sqrt", "exp", "log2", "log", "sin", "cos", "tan", "tanh"]


@case("expr_unary_functions", "MockDevice: every unary function of the abstract repr (abs, ceil, floor, sqrt, "
      "exp, log2, log, sin, cos, tan, tanh, neg) applied to variables in amplitudes, detunings and phases")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    x = seq.declare_variable("x")
    y = seq.declare_variable("y")
    seq.add(Pulse.ConstantPulse(20, abs(-x), -y, x.sin()), "ryd")
    seq.add(Pulse.ConstantPulse(20, math.ceil(x), math.floor(y), x.cos()), "ryd")
    seq.add(Pulse.ConstantPulse(20, x.sqrt(), y.exp(), x.tan()), "ryd")
    seq.add(Pulse.ConstantPulse(20, x.log2(), x.log(), y.tanh()), "ryd")
    return seq, {"x": 2.3, "y": 0.4}


@case("expr_binary_operators", "MockDevice: add, sub, mul, div, pow, mod and indexing of a variable array")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    a = seq.declare_variable("a", size=3)
    n = seq.declare_variable("n", dtype=int)
    seq.add(Pulse.ConstantPulse(n * 10 + 4, a[0] + a[1], a[1] - a[2], a[0] * a[2]), "ryd")
    seq.add(Pulse.ConstantPulse(n * 5, a[1] / a[0], a[0] ** 2, (a[1] * 7) % 3), "ryd")
    seq.add(Pulse.ConstantPulse(n % 7 + 10, 2 - a[0], 1 / a[1], 3 ** a[0]), "ryd")
    return seq, {"a": [1.25, 2.5, -0.75], "n": 9}


@case("expr_int_array", "MockDevice: integer variable array used for durations and a delay")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    d = seq.declare_variable("d", dtype=int, size=3)
    seq.add(Pulse.ConstantPulse(d[0], 1.0, 0.0, 0.0), "ryd")
    seq.delay(d[1], "ryd")
    seq.add(Pulse.ConstantPulse(d[2], 2.0, 0.0, 0.0), "ryd")
    return seq, {"d": [30, 17, 45]}


@case("expr_in_waveform_params", "MockDevice: expressions inside waveform parameters (ramp, blackman, kaiser)")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    t = seq.declare_variable("t", dtype=int)
    s = seq.declare_variable("s")
    seq.add(Pulse(BlackmanWaveform(t, s * PI), RampWaveform(t, -s, s * 2), 0.0), "ryd")
    seq.add(Pulse.ConstantDetuning(KaiserWaveform(t, s.sqrt(), beta=s * 4), 0.0, 0.0), "ryd")
    return seq, {"t": 120, "s": 1.7}


# ---- registers ------------------------------------------------------------------------------------


@case("reg_rectangle", "MockDevice: rectangular register (2x3)")
def _():
    seq = Sequence(Register.rectangle(2, 3, 5.0, prefix="r"), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(40, 1.0, 0.0, 0.0), "ryd")
    return seq, {}


@case("reg_triangular", "DigitalAnalogDevice: triangular lattice register (2 rows of 3)")
def _():
    seq = Sequence(Register.triangular_lattice(2, 3, 5.0, prefix="t"), DigitalAnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(40, 1.0, 0.0, 0.0), "ryd")
    return seq, {}


@case("reg_hexagon", "AnalogDevice: hexagonal register (1 layer: 7 atoms)")
def _():
    seq = Sequence(Register.hexagon(1, 6.0, prefix="h"), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(40, 1.0, 0.0, 0.0), "ryd")
    return seq, {}


@case("reg_max_connectivity", "DigitalAnalogDevice: max_connectivity register of 5 atoms")
def _():
    seq = Sequence(Register.max_connectivity(5, DigitalAnalogDevice, prefix="m"), DigitalAnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(40, 1.0, 0.0, 0.0), "ryd")
    return seq, {}


@case("reg_from_coordinates", "AnalogDevice: register from coordinates with custom labels")
def _():
    reg = Register.from_coordinates([(0.0, 0.0), (7.5, 1.0), (-3.0, 6.5)], center=False, labels=["a", "b", "c"])
    seq = Sequence(reg, AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(40, 1.0, 0.0, 0.0), "ryd")
    return seq, {}


@case("reg_3d", "MockDevice: 3D register (cubic, 2x2x2)")
def _():
    seq = Sequence(Register3D.cubic(2, 5.0, prefix="c"), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(40, 1.0, 0.0, 0.0), "ryd")
    return seq, {}


@case("reg_layout_define_register", "AnalogDevice: register defined from its pre-calibrated triangular layout")
def _():
    layout = AnalogDevice.pre_calibrated_layouts[0]
    reg = layout.define_register(20, 21, 25, qubit_ids=["a", "b", "c"])
    seq = Sequence(reg, AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(80, 1.0, 0.0, 0.0), "ryd")
    return seq, {}


@case("reg_custom_layout", "MockDevice: register defined from a custom RegisterLayout and a SquareLatticeLayout")
def _():
    layout = RegisterLayout([(0.0, 0.0), (5.0, 0.0), (0.0, 5.0), (5.0, 5.0), (10.0, 0.0), (10.0, 5.0)], slug="custom6")
    reg = layout.define_register(0, 1, 4)
    seq = Sequence(reg, MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(40, 1.0, 0.0, 0.0), "ryd")
    return seq, {}


@case("reg_mappable_full", "AnalogDevice: mappable register from the pre-calibrated layout, every qubit mapped")
def _():
    layout = AnalogDevice.pre_calibrated_layouts[0]
    mreg = layout.make_mappable_register(3, prefix="q")
    seq = Sequence(mreg, AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    amp = seq.declare_variable("amp")
    seq.add(Pulse.ConstantPulse(100, amp, 0.0, 0.0), "ryd")
    return seq, {"qubits": {"q0": 29, "q1": 30, "q2": 35}, "amp": 2.0}


@case("reg_mappable_partial", "MockDevice: mappable register of 4 qubits of a square layout, only 2 mapped "
      "(Pulser drops the unmapped qubits)")
def _():
    layout = SquareLatticeLayout(3, 3, 5.0)
    mreg = layout.make_mappable_register(4, prefix="q")
    seq = Sequence(mreg, MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(60, 1.0, 0.5, 0.0), "ryd")
    return seq, {"qubits": {"q0": 0, "q1": 4}}


@case("invalid_mappable_not_prefix", "AnalogDevice: mappable register of 4 qubits given a map of q1 and q3 "
      "(Pulser needs the first qubit ids when mapping only some)")
def _():
    layout = TriangularLatticeLayout(61, 5.0)
    mreg = layout.make_mappable_register(4, prefix="q")
    seq = Sequence(mreg, AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    det = seq.declare_variable("det")
    seq.add(Pulse.ConstantPulse(100, 1.0, det, 0.0), "ryd")
    return seq, {"qubits": {"q1": 30, "q3": 31}, "det": -3.0}


# ---- channels across devices ----------------------------------------------------------------------


@case("mock_xy", "MockDevice: XY mode (mw_global), magnetic field default, measured in XY")
def _():
    seq = Sequence(pair(8.0), MockDevice)
    seq.declare_channel("mw", "mw_global")
    seq.add(Pulse.ConstantPulse(80, 1.0, 0.5, 0.0), "mw")
    seq.add(Pulse.ConstantPulse(80, 1.0, 0.0, PI), "mw")
    seq.measure("XY")
    return seq, {}


@case("mock_local_initial_target", "MockDevice: local rydberg channel declared with an initial target of two "
      "qubits, raman_global and a phase shift on one qubit of a local channel")
def _():
    seq = Sequence(sq(2, 5.0), MockDevice)
    seq.declare_channel("l", "rydberg_local", initial_target=["q0", "q3"])
    seq.declare_channel("rg", "raman_global")
    seq.add(Pulse.ConstantPulse(37, 1.0, 0.0, 0.0), "l")
    seq.add(Pulse.ConstantPulse(23, 1.0, 0.0, 0.0), "rg")
    seq.target("q1", "l")
    seq.add(Pulse.ConstantPulse(11, 2.0, 0.5, 0.0), "l")
    return seq, {}


@case("dig_global_and_local", "DigitalAnalogDevice: global rydberg and local raman with phase shifts on all")
def _():
    seq = Sequence(pair(5.0), DigitalAnalogDevice)
    seq.declare_channel("g", "rydberg_global")
    seq.declare_channel("r", "raman_local", initial_target="q1")
    seq.add(Pulse.ConstantPulse(100, 3.0, 0.0, 0.0), "g")
    seq.add(Pulse.ConstantPulse(100, 5.0, 0.0, 0.0), "r")
    seq.phase_shift(0.5, "q0", "q1", basis="ground-rydberg")
    seq.add(Pulse.ConstantPulse(100, 3.0, 1.0, 0.0), "g")
    return seq, {}


# ---- EOM ------------------------------------------------------------------------------------------


@case("eom_basic", "AnalogDevice: enable_eom_mode, add_eom_pulse, delay, disable_eom_mode")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.enable_eom_mode("ryd", amp_on=3.0, detuning_on=0.0)
    seq.add_eom_pulse("ryd", 100, 0.0)
    seq.delay(200, "ryd")
    seq.add_eom_pulse("ryd", 60, PI / 2)
    seq.disable_eom_mode("ryd")
    return seq, {}


@case("eom_phase_drift", "AnalogDevice: EOM with correct_phase_drift on enable, pulse, setpoint change and disable")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(100, 1.0, 0.0, 0.0), "ryd")
    seq.enable_eom_mode("ryd", amp_on=2.0, detuning_on=1.0, optimal_detuning_off=-2.0, correct_phase_drift=True)
    seq.add_eom_pulse("ryd", 80, 0.0, correct_phase_drift=True)
    seq.modify_eom_setpoint("ryd", amp_on=3.0, detuning_on=0.0, correct_phase_drift=True)
    seq.add_eom_pulse("ryd", 80, 0.0, post_phase_shift=0.2, protocol="wait-for-all")
    seq.disable_eom_mode("ryd", correct_phase_drift=True)
    seq.add(Pulse.ConstantPulse(100, 1.0, 0.0, 0.0), "ryd")
    return seq, {}


@case("eom_variables", "AnalogDevice: EOM with variable amp_on and pulse duration, then measure")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    a = seq.declare_variable("a")
    t = seq.declare_variable("t", dtype=int)
    seq.enable_eom_mode("ryd", amp_on=a, detuning_on=-1.0)
    seq.add_eom_pulse("ryd", t, 0.0)
    seq.disable_eom_mode("ryd")
    seq.measure()
    return seq, {"a": 4.0, "t": 121}


# ---- DMM and SLM ----------------------------------------------------------------------------------


@case("dmm_detuning_map", "DigitalAnalogDevice: config_detuning_map and add_dmm_detuning with a global pulse")
def _():
    reg = sq(2, 5.0)
    seq = Sequence(reg, DigitalAnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    dmap = reg.define_detuning_map({"q0": 1.0, "q1": 0.5, "q2": 0.0, "q3": 0.25})
    seq.config_detuning_map(dmap, "dmm_0")
    seq.add_dmm_detuning(RampWaveform(200, 0.0, -10.0), "dmm_0")
    seq.add(Pulse.ConstantPulse(200, 2.0, 0.0, 0.0), "ryd", protocol="no-delay")
    return seq, {}


@case("dmm_weighted_analog", "WeightedAnalogDevice: DMM with modulation bandwidth, detuning map from the "
      "register, dmm detuning with wait-for-all")
def _():
    reg = pair(6.0)
    seq = Sequence(reg, WeightedAnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    seq.config_detuning_map(reg.define_detuning_map({"q0": 1.0, "q1": 0.3}), "dmm_0")
    seq.add(Pulse.ConstantPulse(200, 2.5, 0.0, 0.0), "ryd")
    seq.add_dmm_detuning(ConstantWaveform(200, -8.0), "dmm_0", protocol="wait-for-all")
    return seq, {}


@case("slm_mask_ising", "DigitalAnalogDevice: SLM mask on one qubit (Ising: implemented with dmm_0)")
def _():
    seq = Sequence(sq(2, 5.0), DigitalAnalogDevice)
    seq.config_slm_mask(["q1"])
    seq.declare_channel("ryd", "rydberg_global")
    seq.add(Pulse.ConstantPulse(200, 2.0, 0.0, 0.0), "ryd")
    seq.add(Pulse.ConstantPulse(100, 1.0, 0.0, 0.0), "ryd")
    return seq, {}


@case("slm_mask_xy", "MockDevice: SLM mask in XY mode")
def _():
    seq = Sequence(sq(2, 8.0), MockDevice)
    seq.declare_channel("mw", "mw_global")
    seq.config_slm_mask(["q0", "q2"])
    seq.add(Pulse.ConstantPulse(60, 1.0, 0.0, 0.0), "mw")
    seq.add(Pulse.ConstantPulse(60, 1.0, 0.0, 0.0), "mw")
    return seq, {}


def _scripted(dev, reg, channels, steps):
    """A sequence from a script: channels {name: id}, then steps (Sequence method name, *args), e.g. ("add", pulse, "ryd")."""
    seq = Sequence(reg, dev)
    for name, channel_id in channels.items():
        seq.declare_channel(name, channel_id)
    for method, *args in steps:
        getattr(seq, method)(*args)
    return seq, {}


def _const(duration, amp, det=0.0, phase=0.0):
    return Pulse.ConstantPulse(duration, amp, det, phase)


# SLM masks configured after pulses, on several global channels, bounded by the DMM, and in XY mode: one row each.
for _name, _description, _dev, _reg, _channels, _steps in [
    ("slm_mask_after_pulses", "MockDevice: SLM mask configured after pulses on two global channels (the second "
     "added with no-delay): the mask lasts until the end of the earliest first pulse, at -10 x the largest amplitude "
     "of the global channels until then (both first pulses start at 0: the earlier-declared channel's counts; the "
     "channel names sort in declaration order, as the recorded JSON's keys are sorted)", MockDevice, sq(2, 5.0),
     {"a_ryd": "rydberg_global", "b_ram": "raman_global"},
     [("add", _const(200, 2.0), "a_ryd"), ("add", _const(100, 3.0), "b_ram", "no-delay"),
      ("config_slm_mask", ["q1", "q3"]), ("add", _const(100, 1.0, -1.0), "a_ryd")]),
    ("slm_mask_after_pulses_bottom", "DigitalAnalogDevice: SLM mask configured after a delay and a strong pulse "
     "whose duration is not a multiple of the clock period: -10 x the amplitude is raised to dmm_0's "
     "bottom_detuning", DigitalAnalogDevice, sq(2, 5.0), {"ryd": "rydberg_global"},
     [("delay", 100, "ryd"), ("add", _const(202, 15.0), "ryd"), ("config_slm_mask", ["q0"]),
      ("add", _const(100, 1.0), "ryd")]),
    ("slm_mask_xy_after_pulses", "MockDevice: SLM mask in XY mode configured after a delay and a pulse: the masked "
     "qubits see the microwave only after the first pulse ends (written as the top-level slm_mask_targets)",
     MockDevice, sq(2, 8.0), {"mw": "mw_global"},
     [("delay", 100, "mw"), ("add", _const(60, 1.0, 0.5), "mw"), ("config_slm_mask", ["q1"]),
      ("add", _const(80, 2.0, 0.0, 1.0), "mw")]),
]:
    case(_name, _description)(lambda d=_dev, r=_reg, c=_channels, s=_steps: _scripted(d, r, c, s))


# ---- 3D layouts and registers ---------------------------------------------------------------------

_LAYOUT_3D = [(0.0, 0.0, 0.0), (6.0, 0.0, 0.0), (0.0, 6.0, 0.0), (0.0, 0.0, 6.0), (6.0, 6.0, 6.0), (6.0, 0.0, 6.0),
              (0.0, 6.0, 6.0), (6.0, 6.0, 0.0)]

for _name, _description, _register in [
    ("reg_3d_layout_define_register", "MockDevice: register defined from a 3D RegisterLayout (8 traps of a cube, "
     "slug cube8): Register3D with the layout written as 3-component coordinates",
     lambda: RegisterLayout(_LAYOUT_3D, slug="cube8").define_register(0, 3, 5, 7, qubit_ids=["a", "b", "c", "d"])),
    ("reg_3d_layout_mappable", "MockDevice: mappable register on a 3D layout (no slug), 3 of 4 qubits mapped",
     lambda: RegisterLayout(_LAYOUT_3D).make_mappable_register(4)),
    ("reg_3d_cuboid", "MockDevice: Register3D.cuboid (2x3x2, 5 um) with a prefix",
     lambda: Register3D.cuboid(2, 3, 2, 5.0, prefix="k")),
]:
    def _b(r=_register, mappable="mappable" in _name):
        seq = Sequence(r(), MockDevice)
        seq.declare_channel("ryd", "rydberg_global")
        seq.add(_const(80, 1.5, -0.5), "ryd")
        return seq, ({"qubits": {"q0": 1, "q1": 4, "q2": 6}} if mappable else {})

    case(_name, _description)(_b)


# ---- Pulser's special layouts and detuning maps by trap id ----------------------------------------


def _on_layout(layout, trap_ids, dmm_weights=None):
    seq = Sequence(layout.define_register(*trap_ids), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    if dmm_weights is not None:
        seq.config_detuning_map(layout.define_detuning_map(dmm_weights, slug="dm"), "dmm_0")
        seq.add_dmm_detuning(RampWaveform(120, 0.0, -6.0), "dmm_0")
    seq.add(_const(120, 1.0, 0.5), "ryd")
    return seq, {}


for _name, _description, _args in [
    ("layout_rectangular_lattice", "MockDevice: register on RectangularLatticeLayout(2, 3, 5.0, 4.5) (its slug names it)",
     (RectangularLatticeLayout(2, 3, 5.0, 4.5), (0, 2, 5))),
    ("layout_triangular_dmm_trap_ids", "MockDevice: register on TriangularLatticeLayout(19, 6.0) and a detuning map "
     "defined on the layout's trap ids (one trap without an atom)",
     (TriangularLatticeLayout(19, 6.0), (3, 9, 10), {3: 1.0, 9: 0.4, 12: 0.8})),
]:
    case(_name, _description)(lambda a=_args: _on_layout(*a))


# ---- invalid sequences ----------------------------------------------------------------------------


@case("invalid_over_amplitude", "AnalogDevice: amplitude variable above rydberg_global's max_amp (build)")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    a = seq.declare_variable("a")
    seq.add(Pulse.ConstantPulse(100, a, 0.0, 0.0), "ryd")
    return seq, {"a": 20.0}


@case("invalid_over_detuning", "AnalogDevice: detuning variable above max_abs_detuning (build)")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    d = seq.declare_variable("d")
    seq.add(Pulse.ConstantPulse(100, 1.0, d, 0.0), "ryd")
    return seq, {"d": -200.0}


@case("invalid_max_duration_buffers", "AnalogDevice: pulses that fit within max_sequence_duration (6000 ns) "
      "without buffers but exceed it with the phase-jump buffers (build)")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    p = seq.declare_variable("p", size=2)
    for i in range(7):
        seq.add(Pulse.ConstantPulse(800, 1.0, 0.0, p[i % 2]), "ryd")
    return seq, {"p": [0.0, PI / 2]}


@case("invalid_min_avg_amp", "WeightedAnalogDevice: a pulse whose average amplitude is below rydberg_global's "
      "min_avg_amp (build)")
def _():
    seq = Sequence(pair(), WeightedAnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    a = seq.declare_variable("a")
    seq.add(Pulse.ConstantDetuning(BlackmanWaveform(200, a), 0.0, 0.0), "ryd")
    return seq, {"a": 0.2}


@case("invalid_max_duration_plain", "AnalogDevice: a single pulse longer than max_sequence_duration (build)")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    t = seq.declare_variable("t", dtype=int)
    seq.add(Pulse.ConstantPulse(t, 1.0, 0.0, 0.0), "ryd")
    return seq, {"t": 6100}


@case("invalid_phase_reference", "DigitalAnalogDevice: phase shift on one qubit followed by a global pulse "
      "(multiple-target pulse on qubits with different phase references)")
def _():
    seq = Sequence(pair(5.0), DigitalAnalogDevice)
    seq.declare_channel("g", "rydberg_global")
    x = seq.declare_variable("x")
    seq.add(Pulse.ConstantPulse(100, 1.0, 0.0, 0.0), "g")
    seq.phase_shift(x, "q0", basis="ground-rydberg")
    seq.add(Pulse.ConstantPulse(100, 1.0, 0.0, 0.0), "g")
    return seq, {"x": 0.5}


@case("invalid_bad_variable_value", "MockDevice: an int variable given a list of the wrong size (build)")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    d = seq.declare_variable("d", dtype=int, size=2)
    seq.add(Pulse.ConstantPulse(d[0], 1.0, 0.0, 0.0), "ryd")
    seq.add(Pulse.ConstantPulse(d[1], 1.0, 0.0, 0.0), "ryd")
    return seq, {"d": [10, 20, 30]}


@case("invalid_negative_duration", "MockDevice: a pulse of non-positive duration from a variable (build)")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    t = seq.declare_variable("t", dtype=int)
    seq.add(Pulse.ConstantPulse(t, 1.0, 0.0, 0.0), "ryd")
    return seq, {"t": 0}


@case("invalid_eom_amp_too_high", "AnalogDevice: EOM amp_on above the EOM's limit (build)")
def _():
    seq = Sequence(pair(), AnalogDevice)
    seq.declare_channel("ryd", "rydberg_global")
    a = seq.declare_variable("a")
    seq.enable_eom_mode("ryd", amp_on=a, detuning_on=0.0)
    seq.add_eom_pulse("ryd", 100, 0.0)
    return seq, {"a": 50.0}


@case("invalid_interpolated_times", "MockDevice: interpolated waveform whose times are not in [0, 1] (build)")
def _():
    seq = Sequence(pair(), MockDevice)
    seq.declare_channel("ryd", "rydberg_global")
    t = seq.declare_variable("t", size=3)
    seq.add(Pulse.ConstantDetuning(InterpolatedWaveform(100, [0.0, 1.0, 0.0], times=t), 0.0, 0.0), "ryd")
    return seq, {"t": [0.0, 0.5, 1.5]}


@case("invalid_retarget_variable", "DigitalAnalogDevice: target_index to an index outside the register (build)")
def _():
    seq = Sequence(pair(5.0), DigitalAnalogDevice)
    seq.declare_channel("l", "rydberg_local", initial_target="q0")
    i = seq.declare_variable("i", dtype=int)
    seq.target_index(i, "l")
    seq.add(Pulse.ConstantPulse(40, 1.0, 0.0, 0.0), "l")
    return seq, {"i": 5}


def _base_doc(builder):
    seq, variables = builder()
    return json.loads(seq.to_abstract_repr()), variables


EDITED: list[tuple[str, str, callable]] = []


def edited(name: str, description: str):
    def deco(fn):
        EDITED.append((name, description, fn))
        return fn

    return deco


def _simple(dev=AnalogDevice, reg=None):
    def b():
        seq = Sequence(reg or pair(), dev)
        seq.declare_channel("ryd", "rydberg_global")
        seq.add(Pulse.ConstantPulse(100, 1.0, 0.0, 0.0), "ryd")
        return seq, {}

    return b


@edited("invalid_atoms_too_close", "AnalogDevice: Pulser's JSON of a valid 2-atom sequence with the atoms moved "
        "3 um apart (min_atom_distance 5 um)")
def _():
    doc, v = _base_doc(_simple())
    doc["register"][1]["x"] = doc["register"][0]["x"] + 3.0
    doc["register"][1]["y"] = doc["register"][0]["y"]
    return doc, v


@edited("invalid_too_many_atoms", "DigitalAnalogDevice: JSON edited to hold 101 atoms (max_atom_num 100)")
def _():
    doc, v = _base_doc(_simple(DigitalAnalogDevice))
    doc["register"] = [{"name": f"q{i}", "x": float((i % 11) * 4.0 - 20.0), "y": float((i // 11) * 4.0 - 20.0)}
                       for i in range(101)]
    return doc, v


@edited("invalid_radial_distance", "AnalogDevice: JSON edited to put an atom 40 um from the centre "
        "(max_radial_distance 38 um)")
def _():
    doc, v = _base_doc(_simple())
    doc["register"][1]["x"] = 40.0
    doc["register"][1]["y"] = 0.0
    return doc, v


@edited("invalid_unknown_channel", "AnalogDevice: JSON edited to declare channel 'rydberg_local', which the device "
        "does not have")
def _():
    doc, v = _base_doc(_simple())
    doc["channels"]["ryd"] = "rydberg_local"
    return doc, v


@edited("invalid_round_expression", "MockDevice: JSON edited to use the unary expression 'round' (allowed by "
        "the schema; Pulser can neither write nor read it)")
def _():
    def b():
        seq = Sequence(pair(), MockDevice)
        seq.declare_channel("ryd", "rydberg_global")
        x = seq.declare_variable("x")
        seq.add(Pulse.ConstantPulse(100, abs(x), 0.0, 0.0), "ryd")
        return seq, {"x": 1.6}

    doc, v = _base_doc(b)
    amp = doc["operations"][0]["amplitude"]
    assert amp["value"]["expression"] == "abs", amp
    amp["value"]["expression"] = "round"
    return doc, v


@edited("invalid_add_to_undeclared_channel", "MockDevice: JSON edited so that a pulse is added to a channel "
        "that was never declared")
def _():
    doc, v = _base_doc(_simple(MockDevice))
    for op in doc["operations"]:
        if op["op"] == "pulse":
            op["channel"] = "nope"
    return doc, v


@edited("invalid_eom_pulse_outside_eom", "AnalogDevice: JSON edited to add an EOM pulse on a channel not in EOM "
        "mode (the enable_eom_mode operation removed)")
def _():
    def b():
        seq = Sequence(pair(), AnalogDevice)
        seq.declare_channel("ryd", "rydberg_global")
        seq.enable_eom_mode("ryd", amp_on=2.0, detuning_on=0.0)
        seq.add_eom_pulse("ryd", 100, 0.0)
        return seq, {}

    doc, v = _base_doc(b)
    doc["operations"] = [op for op in doc["operations"] if op["op"] != "enable_eom_mode"]
    return doc, v


@edited("invalid_slm_on_analog", "AnalogDevice: JSON edited to configure an SLM mask on a device without one")
def _():
    doc, v = _base_doc(_simple())
    doc["slm_mask_targets"] = ["q0"]
    return doc, v


def _slm_edit(builder, edit):
    def make():
        doc, v = _base_doc(builder)
        edit(doc)
        return doc, v

    return make


def _mask_op(qubits):
    return {"op": "config_slm_mask", "qubits": qubits, "dmm_id": "dmm_0"}


def _two_global_channels():
    return _scripted(MockDevice, sq(2, 5.0), {"ryd": "rydberg_global", "ram": "raman_global"},
                     [("add", _const(200, 2.0), "ryd")])


def _ising_mask():
    return _scripted(DigitalAnalogDevice, sq(2, 5.0), {"ryd": "rydberg_global"},
                     [("config_slm_mask", ["q1"]), ("add", _const(200, 2.0), "ryd"), ("add", _const(100, 1.0), "ryd")])


def _to_top_level(doc):
    ops = [op for op in doc["operations"] if op["op"] == "config_slm_mask"]
    doc["operations"] = [op for op in doc["operations"] if op["op"] != "config_slm_mask"]
    doc["slm_mask_targets"] = ops[0]["qubits"]


# SLM mask edits: the old top-level form in an Ising sequence, and what Pulser refuses.
for _name, _description, _builder, _edit in [
    ("slm_mask_targets_ising", "DigitalAnalogDevice: JSON edited to carry the Ising SLM mask as the top-level "
     "slm_mask_targets (the older form Pulser still reads) instead of the config_slm_mask operation",
     _ising_mask, _to_top_level),
    ("invalid_slm_twice", "DigitalAnalogDevice: JSON edited to configure the SLM mask a second time",
     _ising_mask, lambda doc: doc["operations"].append(_mask_op(["q0"]))),
    ("invalid_slm_after_pulses_empty_channel", "MockDevice: JSON edited to configure the SLM mask after a pulse "
     "while another global channel is still empty (Pulser cannot take the maximum amplitude of an empty channel)",
     _two_global_channels, lambda doc: doc["operations"].append(_mask_op(["q1"]))),
]:
    edited(_name, _description)(_slm_edit(_builder, _edit))


@edited("invalid_variable_missing", "MockDevice: a parametrized sequence built without giving its variable")
def _():
    def b():
        seq = Sequence(pair(), MockDevice)
        seq.declare_channel("ryd", "rydberg_global")
        a = seq.declare_variable("a")
        seq.add(Pulse.ConstantPulse(100, a, 0.0, 0.0), "ryd")
        return seq, {}

    return _base_doc(b)


# --------------------------------------------------------------------------------------------------
# Recording
# --------------------------------------------------------------------------------------------------


def floats(a) -> list:
    return [float(x) for x in np.asarray(a, dtype=float).ravel()]


def channel_record(cs) -> dict:
    rec = {
        "amp": floats(cs.amp),
        "det": floats(cs.det),
        "phase": floats(cs.phase),
        "slots": [{"ti": int(s.ti), "tf": int(s.tf), "targets": sorted(str(t) for t in s.targets)} for s in cs.slots],
    }
    if cs.eom_blocks:
        rec["eom_blocks"] = [
            {
                "ti": int(b.ti),
                "tf": None if b.tf is None else int(b.tf),
                "rabi_freq": float(b.rabi_freq),
                "detuning_on": float(b.detuning_on),
                "detuning_off": float(b.detuning_off),
                "switching_beams": [str(x.name) for x in b.switching_beams],
            }
            for b in cs.eom_blocks
        ]
        rec["eom_start_buffers"] = [[int(a), int(b)] for a, b in cs.eom_start_buffers]
        rec["eom_end_buffers"] = [[int(a), int(b)] for a, b in cs.eom_end_buffers]
    return rec


def build_record(built) -> dict:
    smp = sample(built)
    nested = smp.to_nested_dict(all_local=True)["Local"]
    by_qubit = {
        basis: {str(q): {k: floats(v[k]) for k in ("amp", "det", "phase")} for q, v in qs.items()}
        for basis, qs in nested.items()
    }
    return {
        "duration_ns": int(built.get_duration()),
        "duration_with_fall_time_ns": int(built.get_duration(include_fall_time=True)),
        "samples": {name: channel_record(cs) for name, cs in smp.channel_samples.items()},
        "samples_by_qubit": by_qubit,
    }


def build_kwargs(variables: dict) -> dict:
    return dict(variables)


def error(stage: str, e: Exception) -> dict:
    out = {"stage": stage, "type": type(e).__name__, "message": str(e)}
    cause = e.__cause__ or e.__context__
    if cause is not None:
        # Pulser wraps some errors (e.g. "Device deserialization failed."); the cause says why.
        out["cause"] = {"type": type(cause).__name__, "message": str(cause)}
    return out


def same_samples(a: dict, b: dict) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


NOISE = "Building a non-parametrized sequence simply returns a copy of itself."


def with_warnings(record, *args) -> dict:
    """Runs one recorder and adds the warnings Pulser raised (e.g. durations rounded to the clock period)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = record(*args)
    out["warnings"] = sorted({str(w.message) for w in caught} - {NOISE})
    return out


def record_case(name: str, description: str, builder) -> dict:
    return with_warnings(_record_case, name, description, builder)


def record_edited(name: str, description: str, maker) -> dict:
    return with_warnings(_record_edited, name, description, maker)


def _record_case(name: str, description: str, builder) -> dict:
    seq, variables = builder()
    dev = device_name(seq.device)
    out = {"name": name, "description": description, "device": dev, "variables": variables}
    defaults = {k: v for k, v in variables.items() if k != "qubits"}
    try:
        # Pulser's JSON with the variables' values as defaults (Pulser builds it to check them).
        text = seq.to_abstract_repr(name, **({**defaults, "qubits": variables["qubits"]} if "qubits" in variables else defaults))
    except Exception:  # noqa: BLE001 - the values are refused; the JSON is written without them
        text = seq.to_abstract_repr(name)
    out["abstract_repr"] = json.loads(text)
    try:
        built = seq.build(**build_kwargs(variables))
    except Exception as e:  # noqa: BLE001
        out["valid"] = False
        out["error"] = error("build", e)
        return out
    out["valid"] = True
    out.update(build_record(built))
    # The JSON must carry the same sequence: Pulser reads it back and samples it identically.
    again = Sequence.from_abstract_repr(text).build(**build_kwargs(variables))
    if not same_samples(build_record(again), {k: out[k] for k in build_record(again)}):
        raise SystemExit(f"{name}: Pulser's JSON does not round-trip to the same samples")
    return out


def _record_edited(name: str, description: str, maker) -> dict:
    doc, variables = maker()
    doc["name"] = name
    dev = doc["device"]["name"] if isinstance(doc.get("device"), dict) else str(doc.get("device"))
    out = {"name": name, "description": description, "device": dev, "variables": variables,
           "abstract_repr": doc}
    text = json.dumps(doc)
    try:
        seq = Sequence.from_abstract_repr(text)
    except Exception as e:  # noqa: BLE001
        out["valid"] = False
        out["error"] = error("deserialize", e)
        return out
    try:
        built = seq.build(**build_kwargs(variables))
    except Exception as e:  # noqa: BLE001
        out["valid"] = False
        out["error"] = error("build", e)
        return out
    out["valid"] = True
    out.update(build_record(built))
    return out


def write_json(path: str, obj) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, sort_keys=True, indent=1, ensure_ascii=False, allow_nan=False)
        f.write("\n")


def load_device(text: str) -> tuple[dict, object | None]:
    """Pulser's verdict on a device JSON and the device it reads (None when it refuses it)."""
    try:
        d = deserialize_device(text)
        return {"loaded": True, "type": type(d).__name__, "name": d.name, "channels": sorted(d.channels),
                "dmm_channels": sorted(d.dmm_channels)}, d
    except Exception as e:  # noqa: BLE001
        return {"loaded": False, "error": error("deserialize", e)}, None


def write_devices(out_dir: str, pasqal_specs: str, fresnel_snapshot: str) -> None:
    for name, dev in DEVICES.items():
        write_json(os.path.join(out_dir, f"{name}.json"), json.loads(dev.to_abstract_repr()))
    verdicts = {}
    with open(pasqal_specs, encoding="utf-8") as f:
        specs = json.load(f)["data"]
    for key in sorted(specs):
        verdicts[f"recorded:{key}"], _ = load_device(specs[key])
    # Fresnel is not in pulser.devices: Pulser reads the published snapshot and writes it back as its own JSON.
    with open(fresnel_snapshot, encoding="utf-8") as f:
        snapshot = json.load(f)["FRESNEL"]
    verdicts["snapshot:FRESNEL"], fresnel = load_device(snapshot)
    if fresnel is None:
        raise SystemExit("Pulser refuses the Fresnel snapshot: " + json.dumps(verdicts["snapshot:FRESNEL"]))
    write_json(os.path.join(out_dir, "Fresnel.json"), json.loads(fresnel.to_abstract_repr()))
    write_json(os.path.join(out_dir, "verdicts.json"), {
        "check": "pulser.json.abstract_repr.deserializer.deserialize_device(specs)",
        "sources": {
            "recorded": "tests/Fixtures/pasqal/core-fast/api/v1/devices/specs/_.GET.json (data[key])",
            "snapshot": "tests/Fixtures/pulser/inputs/fresnel-device-specs-2025-06.json",
        },
        "verdicts": verdicts,
    })


def check_dsl(dsl_dir: str, out_dir: str) -> None:
    """Loads each DSL-written JSON in Pulser and builds it with the variables written beside it."""
    for fname in sorted(os.listdir(dsl_dir)):
        if not fname.endswith(".json"):
            continue
        with open(os.path.join(dsl_dir, fname), encoding="utf-8") as f:
            entry = json.load(f)
        text = entry["json"]
        variables = entry.get("variables", {})
        verdict = {"name": entry["name"], "dsl_json": text, "variables": variables}
        try:
            seq = Sequence.from_abstract_repr(text)
            try:
                built = seq.build(**variables)
                verdict["verdict"] = "accepted"
                verdict["duration_ns"] = int(built.get_duration())
            except Exception as e:  # noqa: BLE001
                verdict["verdict"] = "rejected"
                verdict["error"] = error("build", e)
        except Exception as e:  # noqa: BLE001
            verdict["verdict"] = "rejected"
            verdict["error"] = error("deserialize", e)
        write_json(os.path.join(out_dir, fname), verdict)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--dsl", help="directory of DSL-written JSON (QDSL_WRITE_DSL_FIXTURES) to check in Pulser")
    args = ap.parse_args()
    repo_root = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
    if args.dsl:
        check_dsl(args.dsl, os.path.join(args.out, "dsl-verdicts"))
        return 0
    seq_dir = os.path.join(args.out, "sequences")
    os.makedirs(seq_dir, exist_ok=True)
    for f in os.listdir(seq_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(seq_dir, f))
    names = set()
    for name, description, builder in CASES:
        assert name not in names, name
        names.add(name)
        write_json(os.path.join(seq_dir, f"{name}.json"), record_case(name, description, builder))
    for name, description, maker in EDITED:
        assert name not in names, name
        names.add(name)
        write_json(os.path.join(seq_dir, f"{name}.json"), record_edited(name, description, maker))
    write_devices(os.path.join(args.out, "devices"),
                  os.path.join(repo_root, "tests/Fixtures/pasqal/core-fast/api/v1/devices/specs/_.GET.json"),
                  os.path.join(HERE, "inputs", "fresnel-device-specs-2025-06.json"))
    print(f"pulser {pulser.__version__}: {len(names)} sequences written to {seq_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
