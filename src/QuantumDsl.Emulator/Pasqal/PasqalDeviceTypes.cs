namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// A Pasqal Cloud device type (<c>DeviceTypeName</c>) and the limits the emulator enforces for it: EMU_FREE emulates at
/// most 10 qubits (as the service documents); QPU types need <c>runs</c> and follow the Fresnel specs (80 atoms, 500 runs).
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

    public static readonly IReadOnlyList<PasqalDeviceType> All =
    [
        new("EMU_FREE", 10, 0, false),
        new("EMU_TN", 0, 0, false),
        new("EMU_MPS", 0, 0, false),
        new("EMU_SV", 0, 0, false),
        new("EMU_FRESNEL", 80, 500, false),
        new("FRESNEL", 80, 500, true),
        new("FRESNEL_CAN1", 80, 500, true),
        new("MOCK_DEVICE", 0, 0, false),
    ];

    public static string Names => string.Join(", ", All.Select(d => d.Name));

    public static PasqalDeviceType? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
