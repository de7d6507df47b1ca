using System.Text.Json;

namespace QuantumDsl.Analog;

/// <summary>
/// Writes a <see cref="Device"/> per Pulser's <c>device-schema.json</c>. Unmodelled fields take Pulser's defaults:
/// no EOM, no DMM, no pre-calibrated layouts; limits that are "none" are null or
/// omitted as the schema allows.
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
        OptionalNumber(w, "max_atom_num", d.MaxAtomNum, d.IsVirtual);
        OptionalNumber(w, "max_radial_distance", d.MaxRadialDistanceUm, d.IsVirtual);
        w.NumberOrNull("interaction_coeff_xy", d.InteractionCoeffXY);
        w.WriteBoolean("supports_slm_mask", d.SupportsSlmMask);
        w.Number("max_layout_filling", d.MaxLayoutFilling);
        if (d.OptimalLayoutFilling > 0)
        {
            w.Number("optimal_layout_filling", d.OptimalLayoutFilling);
        }

        w.WriteNumber("min_layout_traps", d.MinLayoutTraps);
        if (d.MaxLayoutTraps > 0)
        {
            w.WriteNumber("max_layout_traps", d.MaxLayoutTraps);
        }

        w.WriteBoolean("reusable_channels", false);
        if (!d.IsVirtual)
        {
            w.WriteStartArray("pre_calibrated_layouts");
            w.WriteEndArray();
        }

        w.WriteBoolean("is_virtual", d.IsVirtual);
        w.WriteBoolean("requires_layout", d.RequiresLayout);
        if (!d.IsVirtual)
        {
            w.WriteBoolean("accepts_new_layouts", d.AcceptsNewLayouts);
        }

        if (d.MaxSequenceDurationNs > 0)
        {
            w.WriteNumber("max_sequence_duration", d.MaxSequenceDurationNs);
        }

        if (d.MaxRuns > 0)
        {
            w.WriteNumber("max_runs", d.MaxRuns);
        }

        w.WriteStartArray("channels");
        foreach (var channel in d.Channels)
        {
            WriteChannel(w, channel);
        }

        w.WriteEndArray();
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
        w.Number("min_avg_amp", c.MinAverageAmplitude);
        if (c.IsLocal)
        {
            w.WriteNumber("min_retarget_interval", c.MinRetargetIntervalNs);
            w.WriteNumber("fixed_retarget_t", c.FixedRetargetNs);
            if (c.MaxTargets > 0)
            {
                w.WriteNumber("max_targets", c.MaxTargets);
            }
            else
            {
                w.WriteNull("max_targets");
            }
        }
        else
        {
            w.WriteNull("min_retarget_interval");
            w.WriteNull("fixed_retarget_t");
            w.WriteNull("max_targets");
        }

        w.WriteNumber("clock_period", c.ClockPeriodNs);
        w.WriteNumber("min_duration", c.MinDurationNs);
        w.NumberOrNull("max_duration", c.MaxDurationNs);
        w.NumberOrNull("mod_bandwidth", c.ModBandwidthMHz);
        w.WriteNull("eom_config");
        w.WriteEndObject();
    }

    private static void OptionalNumber(Utf8JsonWriter w, string property, double value, bool nullable)
    {
        if (value > 0)
        {
            w.Number(property, value);
        }
        else if (nullable)
        {
            w.WriteNull(property);
        }
        else
        {
            throw new InvalidOperationException($"{property} is required for a physical device.");
        }
    }
}
