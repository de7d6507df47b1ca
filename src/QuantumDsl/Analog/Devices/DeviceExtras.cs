namespace QuantumDsl.Analog;

/// <summary>The EOM, DMM and layout attributes of an assembly, turned into device parts for <see cref="DeviceCatalog"/>.</summary>
internal sealed class DeviceExtras(
    IReadOnlyList<EomSpecAttribute> eoms,
    IReadOnlyList<DmmSpecAttribute> dmms,
    IReadOnlyList<LayoutSpecAttribute> layouts)
{
    public IReadOnlyList<EomSpecAttribute> Eoms => eoms;

    public IEnumerable<string> DeviceNames =>
        eoms.Select(e => e.Device).Concat(dmms.Select(d => d.Device)).Concat(layouts.Select(l => l.Device)).Distinct(StringComparer.Ordinal);

    public EomConfig? Eom(string device, string channelId)
    {
        var found = eoms.Where(e => e.Device == device && e.ChannelId == channelId).ToList();
        if (found.Count > 1)
        {
            throw new InvalidOperationException($"Channel '{channelId}' of '{device}' has {found.Count} EOMs declared; a channel has at most one.");
        }

        return found.Count == 0 ? null : ToEom(found[0]);
    }

    public IReadOnlyList<DmmChannel> Dmms(string device)
    {
        var found = dmms.Where(d => d.Device == device).ToList();
        foreach (var duplicate in found.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new InvalidOperationException($"DMM '{duplicate.Key}' of '{device}' is declared {duplicate.Count()} times.");
        }

        return found.Select(d => new DmmChannel(
            d.Id,
            double.IsNaN(d.BottomDetuning) ? null : d.BottomDetuning,
            double.IsNaN(d.TotalBottomDetuning) ? null : d.TotalBottomDetuning,
            d.MinAverageAbsDetuning,
            d.ClockPeriodNs,
            d.MinDurationNs,
            d.MaxDurationNs,
            d.ModBandwidthMHz)).ToList();
    }

    public IReadOnlyList<RegisterLayout> Layouts(string device) =>
        layouts.Where(l => l.Device == device).Select(l =>
        {
            if (l.Coordinates.Count == 0 || l.Coordinates.Count % 2 != 0)
            {
                throw new InvalidOperationException($"Layout '{l.Slug}' of '{device}' has {l.Coordinates.Count} coordinates; give x and y of each trap.");
            }

            var traps = Enumerable.Range(0, l.Coordinates.Count / 2).Select(i => (l.Coordinates[2 * i], l.Coordinates[(2 * i) + 1]));
            return new RegisterLayout(traps, l.Slug);
        }).ToList();

    private static EomConfig ToEom(EomSpecAttribute e)
    {
        var where = $"The EOM of channel '{e.ChannelId}' of '{e.Device}'";
        if (!RydbergBeamNames.TryParse(e.LimitingBeam, out var limiting))
        {
            throw new InvalidOperationException($"{where} has limiting beam '{e.LimitingBeam}' (RED or BLUE).");
        }

        var controlled = new List<RydbergBeam>();
        foreach (var name in e.ControlledBeams.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            controlled.Add(RydbergBeamNames.TryParse(name, out var beam)
                ? beam
                : throw new InvalidOperationException($"{where} controls beam '{name}' (RED or BLUE)."));
        }

        return new EomConfig(limiting, e.MaxLimitingAmp, e.IntermediateDetuning, controlled, e.ModBandwidthMHz,
            e.CustomBufferTimeNs >= 0 ? e.CustomBufferTimeNs : null)
        {
            MultipleBeamControl = e.MultipleBeamControl,
            BlueShiftCoeff = e.BlueShiftCoeff,
            RedShiftCoeff = e.RedShiftCoeff,
        };
    }
}
