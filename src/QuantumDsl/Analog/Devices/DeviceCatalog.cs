using System.Reflection;

namespace QuantumDsl.Analog;

/// <summary>
/// The known devices, built from the <see cref="DeviceSpecAttribute"/>, <see cref="ChannelSpecAttribute"/>,
/// <see cref="EomSpecAttribute"/>, <see cref="DmmSpecAttribute"/> and <see cref="LayoutSpecAttribute"/> data of an assembly
/// (<see cref="Default"/>: this library's). Immutable.
/// </summary>
public sealed class DeviceCatalog
{
    private static readonly Lazy<DeviceCatalog> DefaultCatalog = new(() => FromAssembly(typeof(DeviceCatalog).Assembly));
    private readonly Dictionary<string, Device> _devices;

    private DeviceCatalog(IEnumerable<Device> devices) =>
        _devices = devices.ToDictionary(d => d.Name, StringComparer.Ordinal);

    /// <summary>The devices declared in the QuantumDsl assembly.</summary>
    public static DeviceCatalog Default => DefaultCatalog.Value;

    /// <summary>Device names, sorted.</summary>
    public IReadOnlyList<string> Names => _devices.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Every device, sorted by name.</summary>
    public IReadOnlyList<Device> Devices => Names.Select(n => _devices[n]).ToList();

    /// <summary>Builds a catalog from the device attributes of <paramref name="assembly"/>.</summary>
    /// <exception cref="InvalidOperationException">A channel, EOM, DMM or layout names an unknown device or channel, a basis
    /// or beam is unknown, a Rydberg level has no interaction coefficient, or a device is declared twice.</exception>
    public static DeviceCatalog FromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var specs = assembly.GetCustomAttributes<DeviceSpecAttribute>().ToList();
        var channels = assembly.GetCustomAttributes<ChannelSpecAttribute>().ToList();
        var extras = new DeviceExtras(
            assembly.GetCustomAttributes<EomSpecAttribute>().ToList(),
            assembly.GetCustomAttributes<DmmSpecAttribute>().ToList(),
            assembly.GetCustomAttributes<LayoutSpecAttribute>().ToList());
        foreach (var duplicate in specs.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new InvalidOperationException($"Device '{duplicate.Key}' is declared {duplicate.Count()} times in {assembly.GetName().Name}.");
        }

        foreach (var orphan in channels.Where(c => !specs.Any(s => s.Name == c.Device)))
        {
            throw new InvalidOperationException($"Channel '{orphan.Id}' names device '{orphan.Device}', which is not declared in {assembly.GetName().Name}.");
        }

        foreach (var device in extras.DeviceNames.Where(d => !specs.Any(s => s.Name == d)))
        {
            throw new InvalidOperationException($"An EOM, DMM or layout names device '{device}', which is not declared in {assembly.GetName().Name}.");
        }

        foreach (var eom in extras.Eoms.Where(e => !channels.Any(c => c.Device == e.Device && c.Id == e.ChannelId)))
        {
            throw new InvalidOperationException($"The EOM of '{eom.Device}' names channel '{eom.ChannelId}', which the device does not declare.");
        }

        return new DeviceCatalog(specs.Select(s => ToDevice(s, channels.Where(c => c.Device == s.Name), extras)));
    }

    /// <summary>The device named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">Unknown name; the message lists the known names.</exception>
    public Device Get(string name) => TryGet(name, out var device)
        ? device
        : throw new KeyNotFoundException($"Unknown device '{name}'; known devices: {string.Join(", ", Names)}.");

    /// <summary>Looks a device up by name (case-sensitive).</summary>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Device? device) =>
        _devices.TryGetValue(name ?? string.Empty, out device);

    private static Device ToDevice(DeviceSpecAttribute s, IEnumerable<ChannelSpecAttribute> channels, DeviceExtras extras) => new()
    {
        Name = s.Name,
        CloudDeviceType = s.CloudDeviceType,
        Dimensions = s.Dimensions,
        RydbergLevel = s.RydbergLevel,
        InteractionCoeff = Coefficient(s, C6Coefficients.ForLevel),
        InteractionCoeffXY = s.InteractionCoeffXY > 0 ? s.InteractionCoeffXY : Coefficient(s, C3Coefficients.ForLevel),
        MaxAtomNum = s.MaxAtomNum,
        MinAtomDistanceUm = s.MinAtomDistanceUm,
        MaxRadialDistanceUm = s.MaxRadialDistanceUm,
        MaxSequenceDurationNs = s.MaxSequenceDurationNs,
        MaxRuns = s.MaxRuns,
        RequiresLayout = s.RequiresLayout,
        AcceptsNewLayouts = s.AcceptsNewLayouts,
        MinLayoutFilling = s.MinLayoutFilling,
        MaxLayoutFilling = s.MaxLayoutFilling,
        OptimalLayoutFilling = s.OptimalLayoutFilling,
        MinLayoutTraps = s.MinLayoutTraps,
        MaxLayoutTraps = s.MaxLayoutTraps,
        IsVirtual = s.IsVirtual,
        SupportsSlmMask = s.SupportsSlmMask,
        ReusableChannels = s.ReusableChannels,
        Channels = channels.Select(c => ToChannel(s.Name, c, extras.Eom(s.Name, c.Id))).ToList(),
        DmmChannels = extras.Dmms(s.Name),
        PreCalibratedLayouts = extras.Layouts(s.Name),
    };

    private static double Coefficient(DeviceSpecAttribute s, Func<int, string, double> table)
    {
        try
        {
            return table(s.RydbergLevel, "rydberg_level");
        }
        catch (AbstractReprException e)
        {
            throw new InvalidOperationException($"Device '{s.Name}': {e.Reason}.", e);
        }
    }

    private static DeviceChannel ToChannel(string device, ChannelSpecAttribute c, EomConfig? eom)
    {
        if (!BasisNames.TryParse(c.Basis, out var basis))
        {
            throw new InvalidOperationException($"Channel '{c.Id}' of '{device}' has unknown basis '{c.Basis}' (ground-rydberg, digital or XY).");
        }

        if (c.Addressing is not ("Global" or "Local"))
        {
            throw new InvalidOperationException($"Channel '{c.Id}' of '{device}' has addressing '{c.Addressing}' (Global or Local).");
        }

        if (c.PropagationDirection.Length is not (0 or 3))
        {
            throw new InvalidOperationException($"Channel '{c.Id}' of '{device}' has a propagation direction of {c.PropagationDirection.Length} components (3: x, y, z).");
        }

        return new DeviceChannel(c.Id, basis, c.Addressing == "Local", c.MaxAmplitude, c.MaxAbsDetuning, c.MinAverageAmplitude,
            c.ClockPeriodNs, c.MinDurationNs, c.MaxDurationNs, c.ModBandwidthMHz, c.MinRetargetIntervalNs, c.FixedRetargetNs, c.MaxTargets)
        {
            CustomPhaseJumpTimeNs = c.CustomPhaseJumpTimeNs >= 0 ? c.CustomPhaseJumpTimeNs : null,
            Eom = eom,
            PropagationDirection = c.PropagationDirection is [var x, var y, var z] ? (x, y, z) : null,
        };
    }
}
