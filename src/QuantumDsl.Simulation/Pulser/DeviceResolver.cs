using System.Globalization;
using System.Text.Json;
using QuantumDsl.Analog;

namespace QuantumDsl.Simulation.Pulser;

/// <summary>
/// Resolves a sequence's <c>device</c>: a name looked up in QuantumDsl's <see cref="DeviceCatalog"/>
/// (the <see cref="DeviceSpecAttribute"/> data), or an embedded device object
/// (C6 from <c>interaction_coeff</c> if given, else from <c>rydberg_level</c>).
/// </summary>
internal static class DeviceResolver
{
    public static DeviceModel Resolve(JsonElement device)
    {
        if (device.ValueKind == JsonValueKind.String)
            return Named(device.GetString()!);
        if (device.ValueKind == JsonValueKind.Object)
            return Embedded(device);
        throw new PulserSequenceException("device", "expected a device name or a device object");
    }

    private static DeviceModel Named(string name)
    {
        if (!DeviceCatalog.Default.TryGet(name, out var device))
            throw new PulserSequenceException("device",
                $"unknown device '{name}' (known: {string.Join(", ", DeviceCatalog.Default.Names)}; or embed a device object)");
        var channels = device.Channels.ToDictionary(c => c.Id, c => new ChannelModel(
            c.Id, c.Basis.ToWire(), c.IsLocal, c.MaxAmplitude, c.MaxAbsDetuning, c.MinAverageAmplitude,
            Math.Max(1, c.ClockPeriodNs), Math.Max(1, c.MinDurationNs), c.MaxDurationNs, c.MinRetargetIntervalNs,
            c.FixedRetargetNs, c.MaxTargets));
        return new DeviceModel(name, device.InteractionCoeff, device.MaxSequenceDurationNs, channels);
    }

    private static DeviceModel Embedded(JsonElement device)
    {
        var name = device.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "device";
        double c6;
        if (device.TryGetProperty("interaction_coeff", out var coeff) && coeff.ValueKind == JsonValueKind.Number)
        {
            c6 = coeff.GetDouble();
        }
        else
        {
            if (!device.TryGetProperty("rydberg_level", out var level) || level.ValueKind != JsonValueKind.Number)
                throw new PulserSequenceException("device.rydberg_level", "missing; needed for the C6 interaction coefficient");
            try
            {
                c6 = C6Coefficients.ForLevel(level.GetInt32(), "device.rydberg_level");
            }
            catch (AbstractReprException e)
            {
                throw new PulserSequenceException(e.Path, e.Reason);
            }
        }
        var maxDuration = IntOrZero(device, "max_sequence_duration");
        if (!device.TryGetProperty("channels", out var list) || list.ValueKind != JsonValueKind.Array)
            throw new PulserSequenceException("device.channels", "expected an array of channel objects");
        var channels = new Dictionary<string, ChannelModel>();
        var i = 0;
        foreach (var ch in list.EnumerateArray())
        {
            var path = $"device.channels[{i++}]";
            var id = ch.TryGetProperty("id", out var idJson) && idJson.ValueKind == JsonValueKind.String
                ? idJson.GetString()!
                : throw new PulserSequenceException(path + ".id", "missing channel id");
            channels[id] = new ChannelModel(
                id,
                ch.TryGetProperty("basis", out var b) ? b.GetString() ?? "" : "",
                ch.TryGetProperty("addressing", out var a) && a.GetString() == "Local",
                DoubleOrZero(ch, "max_amp"), DoubleOrZero(ch, "max_abs_detuning"), DoubleOrZero(ch, "min_avg_amp"),
                Math.Max(1, IntOrZero(ch, "clock_period")), Math.Max(1, IntOrZero(ch, "min_duration")),
                IntOrZero(ch, "max_duration"), IntOrZero(ch, "min_retarget_interval"), IntOrZero(ch, "fixed_retarget_t"),
                IntOrZero(ch, "max_targets"));
        }
        return new DeviceModel(name, c6, maxDuration, channels);
    }

    private static double DoubleOrZero(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;

    private static int IntOrZero(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number
            ? (int)Math.Min(int.MaxValue, Math.Round(v.GetDouble(), MidpointRounding.ToEven))
            : 0;

    internal static string Format(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
