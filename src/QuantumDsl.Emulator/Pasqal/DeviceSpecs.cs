using System.Reflection;
using System.Text;
using System.Text.Json;
using QuantumDsl.Analog;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// Device specs served by <c>/api/v1/devices/specs</c>: Pulser device JSON (device-schema.json) written from the
/// runtime's device catalog (the <see cref="DeviceSpecAttribute"/> data), for the QPU device types.
/// </summary>
internal static class DeviceSpecs
{
    /// <summary>Cloud device type → the catalog device whose specs it serves.</summary>
    private static readonly (string DeviceType, string Device)[] Served = [("FRESNEL", "Fresnel"), ("FRESNEL_CAN1", "Fresnel")];

    public static IReadOnlyDictionary<string, string> All { get; } = Build();

    private static Dictionary<string, string> Build()
    {
        var assembly = typeof(DeviceSpecAttribute).Assembly;
        var devices = assembly.GetCustomAttributes<DeviceSpecAttribute>().ToDictionary(d => d.Name, StringComparer.Ordinal);
        var channels = assembly.GetCustomAttributes<ChannelSpecAttribute>().ToLookup(c => c.Device, StringComparer.Ordinal);
        return Served.Where(s => devices.ContainsKey(s.Device))
            .ToDictionary(s => s.DeviceType, s => Write(devices[s.Device], [.. channels[s.Device]]), StringComparer.Ordinal);
    }

    private static string Write(DeviceSpecAttribute device, IReadOnlyList<ChannelSpecAttribute> channels)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("version", "1");
            w.WriteString("name", device.Name);
            w.WriteNumber("dimensions", device.Dimensions);
            w.WriteNumber("rydberg_level", device.RydbergLevel);
            w.WriteNumber("min_atom_distance", device.MinAtomDistanceUm);
            w.WriteNumber("max_atom_num", device.MaxAtomNum);
            w.WriteNumber("max_radial_distance", device.MaxRadialDistanceUm);
            w.WriteNull("interaction_coeff_xy");
            w.WriteBoolean("supports_slm_mask", device.SupportsSlmMask);
            w.WriteNumber("max_layout_filling", device.MaxLayoutFilling);
            w.WriteBoolean("reusable_channels", false);
            w.WriteStartArray("pre_calibrated_layouts");
            w.WriteEndArray();
            w.WriteBoolean("is_virtual", device.IsVirtual);
            WriteOptional(w, "max_sequence_duration", device.MaxSequenceDurationNs);
            WriteOptional(w, "max_runs", device.MaxRuns);
            w.WriteBoolean("requires_layout", device.RequiresLayout);
            w.WriteBoolean("accepts_new_layouts", device.AcceptsNewLayouts);
            w.WriteStartArray("channels");
            foreach (var channel in channels)
            {
                w.WriteStartObject();
                w.WriteString("id", channel.Id);
                w.WriteString("basis", channel.Basis);
                w.WriteString("addressing", channel.Addressing);
                WriteOptional(w, "max_abs_detuning", channel.MaxAbsDetuning);
                WriteOptional(w, "max_amp", channel.MaxAmplitude);
                WriteOptional(w, "min_retarget_interval", channel.MinRetargetIntervalNs, channel.Addressing == "Local");
                WriteOptional(w, "fixed_retarget_t", channel.FixedRetargetNs, channel.Addressing == "Local");
                WriteOptional(w, "max_targets", channel.MaxTargets);
                w.WriteNumber("clock_period", channel.ClockPeriodNs);
                w.WriteNumber("min_duration", channel.MinDurationNs);
                WriteOptional(w, "max_duration", channel.MaxDurationNs);
                WriteOptional(w, "mod_bandwidth", channel.ModBandwidthMHz);
                w.WriteNull("eom_config");
                if (channel.MinAverageAmplitude > 0)
                {
                    w.WriteNumber("min_avg_amp", channel.MinAverageAmplitude);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, double value, bool always = false)
    {
        if (value > 0 || always)
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
