namespace QuantumDsl.Samples;

/// <summary>Where a sample runs and where it writes: the command line's options as one value.</summary>
/// <param name="Backend"><c>emulator</c> (default: in-process, no account), <c>oqtant</c> or <c>pasqal</c>.</param>
/// <param name="Token">A bearer token for the real service (Oqtant, or Pasqal instead of a password).</param>
/// <param name="Endpoint">The real service's API base, when not the production one.</param>
/// <param name="Username">Pasqal account e-mail (password grant).</param>
/// <param name="Password">Pasqal account password.</param>
/// <param name="ProjectId">Pasqal project new batches belong to (a UUID; the real service requires it).</param>
/// <param name="OutputDirectory">Where PNGs and CSV tables go.</param>
/// <param name="Force">Overwrite files of an earlier run instead of choosing new names.</param>
/// <param name="NewRun">Run the sweep again on the real service instead of re-attaching to an earlier run of it (<c>--new-run</c>).</param>
/// <param name="ClientId">Pasqal password login: the public client id (default: the one pasqal-cloud ships).</param>
public sealed record SampleSettings(
    string Backend = SampleSettings.Emulator,
    string? Token = null,
    Uri? Endpoint = null,
    string? Username = null,
    string? Password = null,
    string? ProjectId = null,
    string OutputDirectory = "sample-output",
    bool Force = false,
    bool NewRun = false,
    string? ClientId = null)
{
    /// <summary>The embedded emulator backend.</summary>
    public const string Emulator = "emulator";

    /// <summary>Infleqtion's Oqtant service (matter experiments).</summary>
    public const string Oqtant = "oqtant";

    /// <summary>Pasqal Cloud (analog experiments).</summary>
    public const string Pasqal = "pasqal";
}
