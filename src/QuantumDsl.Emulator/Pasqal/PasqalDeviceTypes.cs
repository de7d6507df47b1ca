using QuantumDsl.Analog;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// A Pasqal Cloud device type (the shared <see cref="PasqalDeviceTypes"/> names) and the limits the emulator enforces for
/// it. The QPU types and EMU_FRESNEL take the Fresnel limits (atoms, runs) from the device catalog (the catalog device
/// whose cloud device type is FRESNEL); EMU_FREE emulates at most 10 qubits, as the service documents.
/// </summary>
/// <param name="Name">Wire name.</param>
/// <param name="MaxAtoms">Largest register accepted at submission (0: no limit besides the simulator's own).</param>
/// <param name="MaxRuns">Largest <c>runs</c> per job (0: no limit).</param>
/// <param name="IsQpu">Whether it is a QPU (then every job must give <c>runs</c>).</param>
internal sealed record PasqalDeviceType(string Name, int MaxAtoms, int MaxRuns, bool IsQpu)
{
    /// <summary>Shots sampled for an emulator job sent with <c>runs: null</c>.</summary>
    public const int DefaultEmulatorRuns = 100;

    /// <summary>Largest <c>runs</c> the emulator samples for any job.</summary>
    public const int RunsCeiling = 100_000;

    /// <summary>Qubits the free emulator takes (a service limit, not a device's).</summary>
    public const int EmuFreeMaxAtoms = 10;

    public static readonly IReadOnlyList<PasqalDeviceType> All = Build(DeviceCatalog.Default);

    public static string Names => string.Join(", ", All.Select(d => d.Name));

    public static PasqalDeviceType? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The device types, with the QPU limits of <paramref name="catalog"/>'s FRESNEL device.</summary>
    internal static IReadOnlyList<PasqalDeviceType> Build(DeviceCatalog catalog)
    {
        var fresnel = catalog.Devices.SingleOrDefault(d => d.CloudDeviceType == PasqalDeviceTypes.Fresnel)
            ?? throw new InvalidOperationException($"The device catalog has no device of cloud type {PasqalDeviceTypes.Fresnel}; its QPU limits come from there.");
        return
        [
            new(PasqalDeviceTypes.EmuFree, EmuFreeMaxAtoms, 0, false),
            new(PasqalDeviceTypes.EmuTn, 0, 0, false),
            new(PasqalDeviceTypes.EmuMps, 0, 0, false),
            new(PasqalDeviceTypes.EmuSv, 0, 0, false),
            new(PasqalDeviceTypes.EmuFresnel, fresnel.MaxAtomNum, fresnel.MaxRuns, false),
            new(PasqalDeviceTypes.Fresnel, fresnel.MaxAtomNum, fresnel.MaxRuns, true),
            new(PasqalDeviceTypes.FresnelCan1, fresnel.MaxAtomNum, fresnel.MaxRuns, true),
            new(PasqalDeviceTypes.MockDevice, 0, 0, false),
        ];
    }
}
