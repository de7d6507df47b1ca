using System.Text.Json;

namespace QuantumDsl.Analog;

/// <summary>
/// Writes an <see cref="AnalogSequence"/> as Pulser's abstract representation (<c>sequence-schema.json</c>, version 1).
/// <c>MockDevice</c> is written by name; other devices are embedded. A derived layout is written as <c>layout</c>
/// next to the atoms (2D or 3D coordinates), as Pulser writes registers defined from a layout.
/// </summary>
internal static class AbstractReprWriter
{
    public static string ToJson(AnalogSequence seq) => JsonText.Write(w => Write(w, seq));

    private static void Write(Utf8JsonWriter w, AnalogSequence seq)
    {
        w.WriteStartObject();
        w.WriteString("version", "1");
        w.WriteString("name", seq.Name);
        w.WritePropertyName("device");
        if (seq.DeviceJson is { } raw)
        {
            w.WriteRawValue(raw);
        }
        else if (seq.DeviceByName || seq.Device is { IsVirtual: true, Name: "MockDevice" })
        {
            w.WriteStringValue("MockDevice");
        }
        else
        {
            DeviceJsonWriter.Write(w, seq.Device);
        }

        WriteRegister(w, seq);
        w.WriteStartObject("channels");
        foreach (var channel in seq.Channels)
        {
            w.WriteString(channel.Name, channel.Channel.Id);
        }

        w.WriteEndObject();
        w.WriteStartObject("variables");
        foreach (var variable in seq.Variables)
        {
            w.WriteStartObject(variable.Name);
            w.WriteString("type", variable.Type == VariableType.Int ? "int" : "float");
            w.WriteStartArray("value");
            foreach (var value in variable.Defaults)
            {
                w.Number(value);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartArray("operations");
        foreach (var op in seq.Operations)
        {
            WriteOperation(w, seq, op);
        }

        w.WriteEndArray();
        if (seq.Measurement is { } basis)
        {
            w.WriteString("measurement", basis.ToWire());
        }
        else
        {
            w.WriteNull("measurement");
        }

        foreach (var (name, json) in seq.ExtraFields)
        {
            w.WritePropertyName(name);
            w.WriteRawValue(json);
        }

        if (seq.SlmMaskTargets is { } masked)
        {
            w.WriteStartArray("slm_mask_targets");
            masked.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteRegister(Utf8JsonWriter w, AnalogSequence seq)
    {
        w.WriteStartArray("register");
        if (seq.MappableDefaultTraps is { } defaults)
        {
            for (var i = 0; i < defaults.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("qid", seq.Register.Atoms[i].Id);
                if (defaults[i] is { } trap)
                {
                    w.WriteNumber("default_trap", trap);
                }

                w.WriteEndObject();
            }
        }

        foreach (var atom in seq.MappableDefaultTraps is null ? seq.Register.Atoms : [])
        {
            w.WriteStartObject();
            w.WriteString("name", atom.Id);
            w.Number("x", atom.X);
            w.Number("y", atom.Y);
            if (seq.Register.Dimensions == 3)
            {
                w.Number("z", atom.Z);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (seq.LayoutJson is { } rawLayout)
        {
            w.WritePropertyName("layout");
            w.WriteRawValue(rawLayout);
        }
        else if (seq.Layout is { } layout)
        {
            w.WritePropertyName("layout");
            DeviceJsonWriter.WriteLayout(w, layout);
        }
    }

    private static void WriteOperation(Utf8JsonWriter w, AnalogSequence seq, SequenceOperation op)
    {
        if (op is not UnscheduledOperation)
        {
            w.WriteStartObject();
        }

        switch (op)
        {
            case PulseOperation { Pulse.IsArbitraryPhase: true } p:
                w.WriteString("op", "pulse_arbitrary_phase");
                w.WriteString("channel", p.Channel);
                w.WriteString("protocol", Protocol(p.Protocol));
                WaveformJson.Write(w, "amplitude", p.Pulse.Amplitude);
                WaveformJson.Write(w, "phase", p.Pulse.Detuning);
                ExprJson.Write(w, "post_phase_shift", p.Pulse.PostPhaseShift);
                break;
            case PulseOperation p:
                w.WriteString("op", "pulse");
                w.WriteString("channel", p.Channel);
                w.WriteString("protocol", Protocol(p.Protocol));
                WaveformJson.Write(w, "amplitude", p.Pulse.Amplitude);
                WaveformJson.Write(w, "detuning", p.Pulse.Detuning);
                ExprJson.Write(w, "phase", p.Pulse.Phase);
                ExprJson.Write(w, "post_phase_shift", p.Pulse.PostPhaseShift);
                break;
            case DelayOperation d:
                w.WriteString("op", "delay");
                w.WriteString("channel", d.Channel);
                ExprJson.Write(w, "time", d.DurationNs);
                if (d.AtRest is { } delayAtRest)
                {
                    w.WriteBoolean("at_rest", delayAtRest);
                }

                break;
            case AlignOperation a:
                w.WriteString("op", "align");
                w.WriteStartArray("channels");
                a.Channels.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
                if (a.AtRest is { } alignAtRest)
                {
                    w.WriteBoolean("at_rest", alignAtRest);
                }

                break;
            case TargetOperation t:
                w.WriteString("op", "target");
                w.WriteString("channel", t.Channel);
                if (t.Indices is { } targetIndices)
                {
                    w.WritePropertyName("target");
                    targetIndices.Write(w);
                    break;
                }

                w.WriteStartArray("target");
                foreach (var id in t.AtomIds)
                {
                    w.WriteNumberValue(seq.Register.IndexOf(id));
                }

                w.WriteEndArray();
                break;
            case PhaseShiftOperation s:
                w.WriteString("op", "phase_shift");
                w.WriteString("basis", s.Basis.ToWire());
                w.WriteStartArray("targets");
                foreach (var index in s.Indices ?? [])
                {
                    ExprJson.Write(w, index);
                }

                foreach (var id in s.AtomIds)
                {
                    w.WriteNumberValue(seq.Register.IndexOf(id));
                }

                w.WriteEndArray();
                ExprJson.Write(w, "phi", s.Phi);
                break;
            case EnableEomOperation en:
                w.WriteString("op", "enable_eom_mode");
                w.WriteString("channel", en.Channel);
                ExprJson.Write(w, "amp_on", en.AmpOn);
                ExprJson.Write(w, "detuning_on", en.DetuningOn);
                ExprJson.Write(w, "optimal_detuning_off", en.OptimalDetuningOff);
                WriteOptional(w, "correct_phase_drift", en.CorrectPhaseDrift);
                break;
            case ModifyEomSetpointOperation m:
                w.WriteString("op", "modify_eom_setpoint");
                w.WriteString("channel", m.Channel);
                ExprJson.Write(w, "amp_on", m.AmpOn);
                ExprJson.Write(w, "detuning_on", m.DetuningOn);
                ExprJson.Write(w, "optimal_detuning_off", m.OptimalDetuningOff);
                w.WriteBoolean("correct_phase_drift", m.CorrectPhaseDrift);
                break;
            case EomPulseOperation ep:
                w.WriteString("op", "add_eom_pulse");
                w.WriteString("channel", ep.Channel);
                ExprJson.Write(w, "duration", ep.DurationNs);
                ExprJson.Write(w, "phase", ep.Phase);
                ExprJson.Write(w, "post_phase_shift", ep.PostPhaseShift);
                w.WriteString("protocol", Protocol(ep.Protocol));
                WriteOptional(w, "correct_phase_drift", ep.CorrectPhaseDrift);
                break;
            case DisableEomOperation dis:
                w.WriteString("op", "disable_eom_mode");
                w.WriteString("channel", dis.Channel);
                WriteOptional(w, "correct_phase_drift", dis.CorrectPhaseDrift);
                break;
            case ConfigDetuningMapOperation map:
                w.WriteString("op", "config_detuning_map");
                w.WriteStartObject("detuning_map");
                if (map.Slug is { } slug)
                {
                    w.WriteString("slug", slug);
                }

                w.WriteStartArray("traps");
                foreach (var trap in map.Traps)
                {
                    w.WriteStartObject();
                    w.WriteNumber("weight", trap.Weight);
                    w.WriteNumber("x", trap.X);
                    w.WriteNumber("y", trap.Y);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteString("dmm_id", map.DmmId);
                break;
            case SlmMaskOperation slm:
                w.WriteString("op", "config_slm_mask");
                w.WriteStartArray("qubits");
                slm.AtomIds.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteString("dmm_id", slm.DmmId);
                break;
            case DmmDetuningOperation dmm:
                w.WriteString("op", "add_dmm_detuning");
                w.WriteString("dmm_name", dmm.DmmName);
                w.WriteString("protocol", Protocol(dmm.Protocol));
                WaveformJson.Write(w, "waveform", dmm.Detuning);
                break;
            case UnscheduledOperation u:
                w.WriteRawValue(u.Json);
                return;
            default:
                throw new InvalidOperationException($"Unknown operation {op.GetType().Name}.");
        }

        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
    }

    private static string Protocol(Protocol protocol) => protocol switch
    {
        Analog.Protocol.MinDelay => "min-delay",
        Analog.Protocol.NoDelay => "no-delay",
        Analog.Protocol.WaitForAll => "wait-for-all",
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, null),
    };
}
