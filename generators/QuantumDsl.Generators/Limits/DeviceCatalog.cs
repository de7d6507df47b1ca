using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators.Limits;

/// <summary>
/// The Pasqal devices as declared by the runtime's assembly-level <c>[DeviceSpec]</c>/<c>[ChannelSpec]</c> attributes,
/// read from the compilation (never copied here). Built once per compilation by the analyzers.
/// </summary>
internal sealed class DeviceCatalog
{
    private readonly Dictionary<string, DeviceInfo> _devices = new(System.StringComparer.Ordinal);

    public List<string> Names { get; } = new();

    public bool IsEmpty => Names.Count == 0;

    public DeviceInfo? Find(string name) => _devices.TryGetValue(name, out var device) ? device : null;

    public static DeviceCatalog Read(Compilation compilation)
    {
        var catalog = new DeviceCatalog();
        var specType = QdslSymbols.FindType(compilation, "QuantumDsl.Analog.DeviceSpecAttribute");
        if (specType is null)
        {
            return catalog;
        }

        var attributes = specType.ContainingAssembly.GetAttributes();
        foreach (var attribute in attributes)
        {
            if (QdslSymbols.Is(attribute.AttributeClass, "DeviceSpecAttribute", "QuantumDsl.Analog")
                && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name)
            {
                var device = new DeviceInfo(name)
                {
                    MaxRuns = Int(attribute, "MaxRuns"),
                    MaxAtomNum = Int(attribute, "MaxAtomNum"),
                    MaxSequenceDurationNs = Int(attribute, "MaxSequenceDurationNs"),
                    MinAtomDistanceUm = Double(attribute, "MinAtomDistanceUm"),
                };
                catalog._devices[name] = device;
                catalog.Names.Add(name);
            }
        }

        foreach (var attribute in attributes)
        {
            if (QdslSymbols.Is(attribute.AttributeClass, "ChannelSpecAttribute", "QuantumDsl.Analog")
                && attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[0].Value is string device
                && catalog.Find(device) is { } info)
            {
                info.Channels.Add(new ChannelInfo(
                    Double(attribute, "MaxAmplitude"),
                    Double(attribute, "MaxAbsDetuning"),
                    QdslSymbols.Named(attribute, "MinDurationNs") is int min ? min : 1,
                    Int(attribute, "MaxDurationNs")));
            }
        }

        foreach (var attribute in attributes)
        {
            if (QdslSymbols.Is(attribute.AttributeClass, "DmmSpecAttribute", "QuantumDsl.Analog")
                && attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[0].Value is string device
                && catalog.Find(device) is { } info)
            {
                // No bottom_detuning (NaN, or not given): the DMM has no lower bound.
                var bottom = QdslSymbols.AsDouble(QdslSymbols.Named(attribute, "BottomDetuning")) is { } b && !double.IsNaN(b) ? b : double.NegativeInfinity;
                info.DmmBottomDetuning = info.DmmBottomDetuning is { } known ? System.Math.Min(known, bottom) : bottom;
            }
        }

        return catalog;
    }

    private static int Int(AttributeData attribute, string name) => QdslSymbols.Named(attribute, name) is int value ? value : 0;

    private static double Double(AttributeData attribute, string name) => QdslSymbols.AsDouble(QdslSymbols.Named(attribute, name)) ?? 0;
}

internal sealed class DeviceInfo
{
    public DeviceInfo(string name) => Name = name;

    public string Name { get; }

    public int MaxRuns { get; set; }

    public int MaxAtomNum { get; set; }

    public int MaxSequenceDurationNs { get; set; }

    public double MinAtomDistanceUm { get; set; }

    public List<ChannelInfo> Channels { get; } = new();

    /// <summary>The lowest <c>bottom_detuning</c> of the device's DMMs (−∞ when one has none); null when it has no DMM.</summary>
    public double? DmmBottomDetuning { get; set; }

    /// <summary>
    /// The valid range of a device quantity (the <c>QuantumDsl.DeviceQuantity</c> enum value, whose <c>[Unit]</c> is
    /// <paramref name="unit"/>), using the most permissive
    /// channel so a check never fires for a value some channel accepts. 0 as a maximum means "no limit".
    /// </summary>
    public LimitRange? Range(int quantity, string? unit)
    {
        switch (quantity)
        {
            case 0: // Amplitude
                return new LimitRange(0, MaxOverChannels(static c => c.MaxAmplitude), unit, $"amplitude on {Name}");
            case 1: // Detuning
                var detuning = MaxOverChannels(static c => c.MaxAbsDetuning);
                return new LimitRange(-detuning, detuning, unit, $"detuning on {Name}");
            case 2: // DurationNs
                var min = double.PositiveInfinity;
                foreach (var channel in Channels)
                {
                    min = System.Math.Min(min, channel.MinDurationNs);
                }

                var max = MaxOverChannels(static c => c.MaxDurationNs);
                if (MaxSequenceDurationNs > 0)
                {
                    max = System.Math.Min(max, MaxSequenceDurationNs);
                }

                return new LimitRange(double.IsPositiveInfinity(min) ? 0 : min, max, unit, $"duration on {Name}");
            case 3: // AtomDistanceUm
                return new LimitRange(MinAtomDistanceUm, double.PositiveInfinity, unit, $"atom distance on {Name}");
            case 4: // AtomCount
                return new LimitRange(1, MaxAtomNum == 0 ? double.PositiveInfinity : MaxAtomNum, null, $"atom count on {Name}");
            case 5: // Runs
                return new LimitRange(1, MaxRuns == 0 ? double.PositiveInfinity : MaxRuns, null, $"runs on {Name}");
            case 6: // DmmDetuning (no DMM: Build refuses the DMM by name)
                return DmmBottomDetuning is { } bottom ? new LimitRange(bottom, 0, unit, $"DMM detuning at weight 1 on {Name}") : null;
            default:
                return null;
        }
    }

    private double MaxOverChannels(System.Func<ChannelInfo, double> limit)
    {
        if (Channels.Count == 0)
        {
            return double.PositiveInfinity;
        }

        var max = 0.0;
        foreach (var channel in Channels)
        {
            var value = limit(channel);
            if (value <= 0)
            {
                return double.PositiveInfinity; // 0 = no limit
            }

            max = System.Math.Max(max, value);
        }

        return max;
    }
}

internal sealed record ChannelInfo(double MaxAmplitude, double MaxAbsDetuning, int MinDurationNs, int MaxDurationNs);

/// <summary>An inclusive range with what it limits (for messages).</summary>
internal sealed record LimitRange(double Min, double Max, string? Unit, string? Source)
{
    public bool Contains(double value) => value >= Min && value <= Max;

    public string Suffix()
    {
        if (Unit is null && Source is null)
        {
            return "";
        }

        return " (" + (Unit is null ? Source : Source is null ? Unit : Unit + ", " + Source) + ")";
    }
}
