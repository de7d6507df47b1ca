using System.Text.Json;

namespace QuantumDsl.Analog;

/// <summary>
/// Writes a <see cref="Device"/> per Pulser's <c>device-schema.json</c>, field for field as Pulser's
/// <c>Device.to_abstract_repr()</c> does: optional fields are left out when they hold Pulser's default (for example
/// <c>min_avg_amp</c> 0, <c>custom_buffer_time</c> none, <c>requires_layout</c> true on a physical device), limits that
/// are "none" are null, and virtual devices have no <c>pre_calibrated_layouts</c> or <c>accepts_new_layouts</c>.
/// Pulser's own <c>pulser_version</c> stamp is not written.
/// </summary>
internal static class DeviceJsonWriter
{
    public static string ToJson(Device device) => JsonText.Write(w => Write(w, device));

    public static void Write(Utf8JsonWriter w, Device d)
    {
        w.WriteStartObject();
        w.WriteString("version", "1");
        w.WriteString("name", d.Name);
        w.WriteNumber("dimensions", d.Dimensions);
        w.WriteNumber("rydberg_level", d.RydbergLevel);
        w.Number("min_atom_distance", d.MinAtomDistanceUm);
        Limit(w, "max_atom_num", d.MaxAtomNum, d.IsVirtual);
        Limit(w, "max_radial_distance", d.MaxRadialDistanceUm, d.IsVirtual);
        w.Number("interaction_coeff_xy", d.InteractionCoeffXY);
        w.WriteBoolean("supports_slm_mask", d.SupportsSlmMask);
        if (d.MinLayoutFilling != 0)
        {
            w.Number("min_layout_filling", d.MinLayoutFilling);
        }

        w.Number("max_layout_filling", d.MaxLayoutFilling);
        if (d.OptimalLayoutFilling > 0)
        {
            w.Number("optimal_layout_filling", d.OptimalLayoutFilling);
        }

        if (d.MinLayoutTraps != 1)
        {
            w.WriteNumber("min_layout_traps", d.MinLayoutTraps);
        }

        if (d.MaxLayoutTraps > 0)
        {
            w.WriteNumber("max_layout_traps", d.MaxLayoutTraps);
        }

        if (d.MaxSequenceDurationNs > 0)
        {
            w.WriteNumber("max_sequence_duration", d.MaxSequenceDurationNs);
        }

        if (d.MaxRuns > 0)
        {
            w.WriteNumber("max_runs", d.MaxRuns);
        }

        // Pulser leaves requires_layout out when it is the class default: true for a Device, false for a VirtualDevice.
        if (d.RequiresLayout == d.IsVirtual)
        {
            w.WriteBoolean("requires_layout", d.RequiresLayout);
        }

        w.WriteBoolean("reusable_channels", d.ReusableChannels);
        if (!d.IsVirtual)
        {
            w.WriteStartArray("pre_calibrated_layouts");
            foreach (var layout in d.PreCalibratedLayouts)
            {
                WriteLayout(w, layout);
            }

            w.WriteEndArray();
            if (!d.AcceptsNewLayouts)
            {
                w.WriteBoolean("accepts_new_layouts", false);
            }
        }
        else if (d.PreCalibratedLayouts.Count > 0)
        {
            throw new InvalidOperationException($"Virtual device '{d.Name}' has pre-calibrated layouts, which Pulser's virtual devices cannot have.");
        }

        if (d.DefaultNoiseModelJson is { } noise)
        {
            w.WritePropertyName("default_noise_model");
            w.WriteRawValue(noise);
        }

        w.WriteBoolean("is_virtual", d.IsVirtual);
        w.WriteStartArray("channels");
        foreach (var channel in d.Channels)
        {
            WriteChannel(w, channel);
        }

        w.WriteEndArray();
        if (d.DmmChannels.Count > 0)
        {
            w.WriteStartArray("dmm_objects");
            foreach (var dmm in d.DmmChannels)
            {
                WriteDmm(w, dmm);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes a trap layout as Pulser's <c>layout-schema.json</c> object.</summary>
    public static void WriteLayout(Utf8JsonWriter w, RegisterLayout layout)
    {
        w.WriteStartObject();
        w.WriteStartArray("coordinates");
        foreach (var (x, y, z) in layout.Coordinates)
        {
            w.WriteStartArray();
            w.Number(x);
            w.Number(y);
            if (layout.Dimensions == 3)
            {
                w.Number(z);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
        if (layout.Slug is not null)
        {
            w.WriteString("slug", layout.Slug);
        }

        w.WriteEndObject();
    }

    private static void WriteChannel(Utf8JsonWriter w, DeviceChannel c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("basis", c.Basis.ToWire());
        w.WriteString("addressing", c.Addressing);
        w.NumberOrNull("max_abs_detuning", c.MaxAbsDetuning);
        w.NumberOrNull("max_amp", c.MaxAmplitude);
        if (c.MinAverageAmplitude != 0)
        {
            w.Number("min_avg_amp", c.MinAverageAmplitude);
        }

        if (c.IsLocal)
        {
            w.WriteNumber("min_retarget_interval", c.MinRetargetIntervalNs);
            w.WriteNumber("fixed_retarget_t", c.FixedRetargetNs);
        }
        else
        {
            w.WriteNull("min_retarget_interval");
            w.WriteNull("fixed_retarget_t");
        }

        w.NumberOrNull("max_targets", c.MaxTargets);
        w.WriteNumber("clock_period", c.ClockPeriodNs);
        w.WriteNumber("min_duration", c.MinDurationNs);
        w.NumberOrNull("max_duration", c.MaxDurationNs);
        w.NumberOrNull("mod_bandwidth", c.ModBandwidthMHz);
        if (c.CustomPhaseJumpTimeNs is { } jump)
        {
            w.WriteNumber("custom_phase_jump_time", jump);
        }

        if (c.PropagationDirection is var (x, y, z))
        {
            w.WriteStartArray("propagation_dir");
            w.Number(x);
            w.Number(y);
            w.Number(z);
            w.WriteEndArray();
        }

        w.WritePropertyName("eom_config");
        if (c.Eom is { } eom)
        {
            WriteEom(w, eom);
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteEndObject();
    }

    private static void WriteEom(Utf8JsonWriter w, EomConfig e)
    {
        w.WriteStartObject();
        w.WriteString("limiting_beam", e.LimitingBeam.ToWire());
        w.Number("max_limiting_amp", e.MaxLimitingAmp);
        w.Number("intermediate_detuning", e.IntermediateDetuning);
        w.WriteStartArray("controlled_beams");
        foreach (var beam in e.ControlledBeams)
        {
            w.WriteStringValue(beam.ToWire());
        }

        w.WriteEndArray();
        w.Number("mod_bandwidth", e.ModBandwidthMHz);
        if (e.CustomBufferTimeNs is { } buffer)
        {
            w.WriteNumber("custom_buffer_time", buffer);
        }

        if (!e.MultipleBeamControl)
        {
            w.WriteBoolean("multiple_beam_control", false);
        }

        if (e.BlueShiftCoeff != 1.0)
        {
            w.Number("blue_shift_coeff", e.BlueShiftCoeff);
        }

        if (e.RedShiftCoeff != 1.0)
        {
            w.Number("red_shift_coeff", e.RedShiftCoeff);
        }

        w.WriteEndObject();
    }

    private static void WriteDmm(Utf8JsonWriter w, DmmChannel d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("basis", d.Basis.ToWire());
        w.WriteString("addressing", "Global");
        w.WriteNull("max_abs_detuning");
        w.WriteNumber("max_amp", 0);
        w.WriteNull("min_retarget_interval");
        w.WriteNull("fixed_retarget_t");
        w.WriteNull("max_targets");
        w.WriteNumber("clock_period", d.ClockPeriodNs);
        w.WriteNumber("min_duration", d.MinDurationNs);
        w.NumberOrNull("max_duration", d.MaxDurationNs);
        w.NumberOrNull("mod_bandwidth", d.ModBandwidthMHz);
        w.WriteNull("eom_config");
        w.WritePropertyName("bottom_detuning");
        if (d.BottomDetuning is { } bottom)
        {
            w.Number(bottom);
        }
        else
        {
            w.WriteNullValue();
        }

        if (d.TotalBottomDetuning is { } total)
        {
            w.Number("total_bottom_detuning", total);
        }

        if (d.MinAverageAbsDetuning != 0)
        {
            w.Number("min_avg_abs_detuning", d.MinAverageAbsDetuning);
        }

        w.WriteEndObject();
    }

    /// <summary>A device limit: its value, or null on a virtual device that has none (a physical device must have one).</summary>
    private static void Limit(Utf8JsonWriter w, string property, double value, bool isVirtual)
    {
        if (value > 0)
        {
            w.Number(property, value);
        }
        else if (isVirtual)
        {
            w.WriteNull(property);
        }
        else
        {
            throw new InvalidOperationException($"{property} is required for a physical device.");
        }
    }
}
